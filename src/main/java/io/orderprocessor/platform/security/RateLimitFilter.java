package io.orderprocessor.platform.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.orderprocessor.platform.web.JsonErrorResponder;
import io.orderprocessor.platform.web.RateLimitHeaders;
import io.orderprocessor.platform.web.StaticPaths;

import org.springframework.boot.servlet.filter.OrderedFilter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The global per-client-IP request limit. Every answer carries the {@code X-RateLimit-*}
 * headers; over the limit, the API answers 429 JSON and pages the 429 page, both with
 * {@code Retry-After}, and a {@link RateLimited} event tells the audit log. Static files
 * are not counted. Fails open when Redis is down. Runs just after Spring's request
 * context filter (so listeners see the request) and before Spring Security.
 */
@Component
@Order(OrderedFilter.REQUEST_WRAPPER_FILTER_MAX_ORDER - 104)
class RateLimitFilter extends OncePerRequestFilter {

	private static final long NANOS_PER_SECOND = 1_000_000_000L;

	private final RateLimiter limiter;

	private final JsonErrorResponder errors;

	private final ApplicationEventPublisher events;

	private final long limit;

	RateLimitFilter(RateLimiter limiter, JsonErrorResponder errors, ApplicationEventPublisher events,
			SecurityProperties properties) {
		this.limiter = limiter;
		this.errors = errors;
		this.events = events;
		this.limit = properties.requestsPerMinute();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return StaticPaths.matches(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<ConsumptionProbe> probe = limiter.tryConsume("ip:" + request.getRemoteAddr(), limit,
				Duration.ofMinutes(1));
		if (probe.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		ConsumptionProbe result = probe.get();
		RateLimitHeaders.current(response, limit, result.getRemainingTokens(),
				Duration.ofNanos(result.getNanosToWaitForReset()));
		if (result.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		long retryAfter = Math.max(1, ceilSeconds(result.getNanosToWaitForRefill()));
		response.setHeader("Retry-After", Long.toString(retryAfter));
		events.publishEvent(
				new RateLimited(RateLimited.REQUESTS_PER_IP, request.getRemoteAddr(), Duration.ofSeconds(retryAfter)));
		if (request.getRequestURI().startsWith("/api/")) {
			errors.write(response, 429, Map.of("detail", "Rate limit exceeded", "retry_after", retryAfter));
		}
		else {
			request.setAttribute("retryAfterSeconds", retryAfter);
			response.sendError(429, "Too many requests");
		}
	}

	private static long ceilSeconds(long nanos) {
		return (nanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND;
	}

}
