package io.orderprocessor.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.orderprocessor.platform.web.JsonErrorResponder;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 for the API as {@code {"detail": ...}}, with the bearer challenge header.
 */
class ApiAuthenticationFailureHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final JsonErrorResponder errors;

	ApiAuthenticationFailureHandlers(JsonErrorResponder errors) {
		this.errors = errors;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		boolean tokenSent = request.getHeader("Authorization") != null;
		response.setHeader("WWW-Authenticate", tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer");
		errors.write(response, HttpServletResponse.SC_UNAUTHORIZED,
				tokenSent ? "Invalid or expired token" : "Not authenticated");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		errors.write(response, HttpServletResponse.SC_FORBIDDEN, "Not enough permissions");
	}

}
