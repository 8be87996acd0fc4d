package io.orderprocessor.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a request may carry, checked before anything reads it: header values without
 * control characters (400), a body no larger than its route's limit (413, from the
 * announced {@code Content-Length} or, for chunked bodies, as soon as the limit is read
 * past) and read within a total deadline (408), so a slow sender cannot hold a worker for
 * long. Sign-in and registration get the smallest limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestLimitsFilter extends OncePerRequestFilter {

	private final long authLimit;

	private final long apiLimit;

	private final long pageLimit;

	private final long readTimeoutNanos;

	private final JsonErrorResponder errors;

	RequestLimitsFilter(@Value("${app.web.max-body.auth:16KB}") DataSize authLimit,
			@Value("${app.web.max-body.api:64KB}") DataSize apiLimit,
			@Value("${app.web.max-body.pages:64KB}") DataSize pageLimit,
			@Value("${app.web.body-read-timeout:10s}") Duration readTimeout, JsonErrorResponder errors) {
		this.authLimit = authLimit.toBytes();
		this.apiLimit = apiLimit.toBytes();
		this.pageLimit = pageLimit.toBytes();
		this.readTimeoutNanos = readTimeout.toNanos();
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String badHeader = headerWithControlCharacters(request);
		if (badHeader != null) {
			refuse(request, response, 400, "Header " + badHeader + " contains characters that are not allowed");
			return;
		}
		long limit = limit(request);
		if (request.getContentLengthLong() > limit) {
			refuse(request, response, 413, "Request body is larger than " + limit + " bytes");
			return;
		}
		boolean nul;
		try {
			// Tomcat parses the query (and a form body) here once: bytes that are no
			// UTF-8
			// are a bad request, not a failure deep in a controller; no text may hold NUL
			// (the store cannot keep it)
			nul = request.getParameterMap()
				.entrySet()
				.stream()
				.anyMatch(p -> p.getKey().indexOf('\0') >= 0
						|| Arrays.stream(p.getValue()).anyMatch(v -> v.indexOf('\0') >= 0));
		}
		catch (IllegalStateException ex) {
			refuse(request, response, 400, "Request parameters could not be read");
			return;
		}
		if (nul) {
			refuse(request, response, 400, "Request parameters contain characters that are not allowed");
			return;
		}
		chain.doFilter(new Limited(request, limit, System.nanoTime() + readTimeoutNanos), response);
	}

	long limit(HttpServletRequest request) {
		String path = request.getRequestURI();
		if (path.startsWith("/api/v1/auth/") || path.equals("/login") || path.equals("/register")) {
			return authLimit;
		}
		return path.startsWith("/api/") ? apiLimit : pageLimit;
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String detail)
			throws IOException {
		// what is left of the body is not read: close the connection instead
		response.setHeader("Connection", "close");
		if (request.getRequestURI().startsWith("/api/")) {
			errors.write(response, status, detail);
		}
		else {
			response.sendError(status);
		}
	}

	private static String headerWithControlCharacters(HttpServletRequest request) {
		for (String name : Collections.list(request.getHeaderNames())) {
			for (String value : Collections.list(request.getHeaders(name))) {
				for (int i = 0; i < value.length(); i++) {
					char c = value.charAt(i);
					if (c != '\t' && Character.isISOControl(c)) {
						return name.replaceAll("[^A-Za-z0-9-]", "").substring(0, Math.min(name.length(), 40));
					}
				}
			}
		}
		return null;
	}

	/** The body was larger than its route allows. */
	static final class BodyTooLargeException extends IOException {

		BodyTooLargeException(long limit) {
			super("Request body is larger than " + limit + " bytes");
		}

	}

	/** The body did not arrive within the deadline. */
	static final class BodyTooSlowException extends IOException {

		BodyTooSlowException() {
			super("Request body was not received in time");
		}

	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		private final long deadline;

		private ServletInputStream stream;

		Limited(HttpServletRequest request, long limit, long deadline) {
			super(request);
			this.limit = limit;
			this.deadline = deadline;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new LimitedStream(super.getInputStream(), limit, deadline);
			}
			return stream;
		}

	}

	private static final class LimitedStream extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private final long deadline;

		private long read;

		LimitedStream(ServletInputStream in, long limit, long deadline) {
			this.in = in;
			this.limit = limit;
			this.deadline = deadline;
		}

		@Override
		public int read() throws IOException {
			check();
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			check();
			int n = in.read(buffer, offset, (int) Math.min(length, limit - read + 1));
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void check() throws IOException {
			if (System.nanoTime() - deadline > 0) {
				throw new BodyTooSlowException();
			}
		}

		private void count(int n) throws IOException {
			read += n;
			if (read > limit) {
				throw new BodyTooLargeException(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

}
