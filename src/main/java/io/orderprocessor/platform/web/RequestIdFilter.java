package io.orderprocessor.platform.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the caller's {@code X-Request-ID} when it is a sane token,
 * else a new one. It is echoed in the response and carried by every log line of the
 * request (MDC key {@code requestId}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

	public static final String HEADER = "X-Request-ID";

	public static final String MDC_KEY = "requestId";

	private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = requestId(request);
		response.setHeader(HEADER, id);
		request.setAttribute(MDC_KEY, id);
		MDC.put(MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

	private static String requestId(HttpServletRequest request) {
		// an error dispatch keeps the id of the request that failed
		if (request.getAttribute(MDC_KEY) instanceof String existing) {
			return existing;
		}
		String given = request.getHeader(HEADER);
		return given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString();
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
