package io.orderprocessor.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * A budget of requests in flight per client address (in {@code prod} the address the
 * proxy forwarded): one client holding many slow requests open gets 429 with
 * {@code Retry-After} and the {@code X-RateLimit-*} headers of this budget at once for
 * the rest, and Tomcat does not wait for the rest of their bodies, so they cannot take
 * every worker thread. A Tomcat valve, because only there can the unread body be dropped
 * instead of swallowed.
 */
class AddressBudgetValve extends ValveBase {

	private static final byte[] BODY = "{\"detail\":\"Too many requests in progress from this address\"}"
		.getBytes(StandardCharsets.UTF_8);

	private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

	private final ConcurrentMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

	private final int budget;

	AddressBudgetValve(int budget) {
		super(true);
		this.budget = budget;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		String address = String.valueOf(request.getRemoteAddr());
		AtomicInteger count = inFlight.computeIfAbsent(address, a -> new AtomicInteger());
		if (count.incrementAndGet() > budget) {
			release(address, count);
			request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
			response.setStatus(429);
			// the budget is requests in flight: one comes free as soon as one of them
			// ends
			RateLimitHeaders.refused(response, budget, RETRY_AFTER);
			SecureErrorReportValve.securityHeaders(response);
			response.setHeader("Connection", "close");
			response.setContentType("application/json");
			response.setContentLength(BODY.length);
			response.getOutputStream().write(BODY);
			return;
		}
		try {
			getNext().invoke(request, response);
		}
		finally {
			release(address, count);
		}
	}

	private void release(String address, AtomicInteger count) {
		if (count.decrementAndGet() <= 0) {
			inFlight.remove(address, count);
		}
	}

}
