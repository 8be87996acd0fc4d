package io.orderprocessor.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One audited event.
 *
 * @param id a ULID, time-ordered
 * @param action what happened, e.g. {@code user.signed_in}
 * @param actor who did it, or null (anonymous)
 * @param target whom or what it concerned
 * @param ipAddress the client's address, or null outside a request
 * @param requestId the request's {@code X-Request-ID}, or null outside a request
 * @param details event-specific facts; never passwords, tokens or session ids
 */
public record AuditEntry(String id, Instant time, String action, String actor, String target, String ipAddress,
		String userAgent, String requestId, Map<String, String> details) {

}
