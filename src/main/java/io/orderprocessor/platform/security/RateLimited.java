package io.orderprocessor.platform.security;

import java.time.Duration;

/**
 * A request was refused because a rate limit had run out. The audit log records the first
 * refusal of each limit and subject in a minute, so a flood of refused requests does not
 * become a flood of writes.
 *
 * @param limit which limit, e.g. {@code requests_per_ip}
 * @param subject what the limit counts: a client address or a username
 * @param retryAfter how long until the next request may pass
 */
public record RateLimited(String limit, String subject, Duration retryAfter) {

	public static final String REQUESTS_PER_IP = "requests_per_ip";

	public static final String REGISTRATIONS_PER_IP = "registrations_per_ip";

	public static final String CASH_OPERATIONS_PER_USER = "cash_operations_per_user";

}
