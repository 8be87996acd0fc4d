package io.orderprocessor.platform.redis;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import io.lettuce.core.RedisException;

import org.springframework.core.annotation.Order;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.http.HttpHeaders;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import io.orderprocessor.platform.web.JsonErrorResponder;
import io.orderprocessor.platform.web.StaticPaths;

/**
 * While the {@link RedisCircuit} is open, answers 503 at once to every request that would
 * need Redis: one with a session cookie or an {@code Authorization} header, and every
 * unsafe method (a form post needs its session's CSRF token, a sign-in its throttle). The
 * API gets {@code {"detail": ...}}, pages the 503 error page; both carry
 * {@code Retry-After}. Anonymous page views, static files and health go through (rate
 * limits fail open). Runs before Spring Session, so a refused request never waits on
 * Redis; a Redis failure under Spring Session (the session could not be loaded or saved)
 * is a 503 too, and counts towards the circuit. Every other 503 of the application (a
 * database that went away, say) gets a {@code Retry-After} here too.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER - 1)
class RedisOutageFilter extends OncePerRequestFilter {

	static final String MESSAGE = "Service temporarily unavailable: a service it depends on is not answering. "
			+ "Please try again in a moment.";

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

	private final RedisCircuit circuit;

	private final JsonErrorResponder errors;

	RedisOutageFilter(RedisCircuit circuit, JsonErrorResponder errors) {
		this.circuit = circuit;
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpServletResponse answer = new RetryAfterOn503(response, circuit.retryAfterSeconds());
		if (circuit.isOpen() && needsRedis(request)) {
			refuse(request, answer);
			return;
		}
		try {
			chain.doFilter(request, answer);
		}
		catch (RuntimeException | ServletException ex) {
			// Redis failed under Spring Session (loading or saving the session), outside
			// any controller advice: a 503 like the open circuit's, not a 500
			if (!causedByRedis(ex)) {
				throw ex;
			}
			circuit.recordFailure(ex);
			if (response.isCommitted()) {
				throw ex;
			}
			response.reset();
			refuse(request, answer);
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse answer) throws IOException {
		answer.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(circuit.retryAfterSeconds()));
		if (request.getRequestURI().startsWith("/api/")) {
			errors.write(answer, 503, MESSAGE);
		}
		else {
			answer.sendError(503, MESSAGE);
		}
	}

	static boolean causedByRedis(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof RedisException || cause instanceof RedisSystemException
					|| cause instanceof RedisConnectionFailureException) {
				return true;
			}
		}
		return false;
	}

	static boolean needsRedis(HttpServletRequest request) {
		String path = request.getRequestURI();
		if (StaticPaths.matches(path) || path.equals("/health") || path.startsWith("/actuator/")) {
			return false;
		}
		if (!SAFE_METHODS.contains(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return true;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if ("SESSION".equals(cookie.getName())) {
					return true;
				}
			}
		}
		return false;
	}

	/** Adds {@code Retry-After} to any 503 that has none. */
	private static final class RetryAfterOn503 extends HttpServletResponseWrapper {

		private final String seconds;

		RetryAfterOn503(HttpServletResponse response, long seconds) {
			super(response);
			this.seconds = Long.toString(seconds);
		}

		@Override
		public void setStatus(int status) {
			retryAfter(status);
			super.setStatus(status);
		}

		@Override
		public void sendError(int status) throws IOException {
			retryAfter(status);
			super.sendError(status);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			retryAfter(status);
			super.sendError(status, message);
		}

		private void retryAfter(int status) {
			if (status == 503 && !isCommitted() && getHeader(HttpHeaders.RETRY_AFTER) == null) {
				setHeader(HttpHeaders.RETRY_AFTER, seconds);
			}
		}

	}

}
