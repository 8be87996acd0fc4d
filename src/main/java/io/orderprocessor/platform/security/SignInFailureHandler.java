package io.orderprocessor.platform.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed page sign-in back to the sign-in page with what it may say: "Invalid
 * username or password" for any wrong credentials (no user enumeration), the block with
 * its minutes (403 with {@code Retry-After}), a locked account, or an outage.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

	private final RedirectStrategy redirect = new DefaultRedirectStrategy();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (exception instanceof SignInBlockedException blocked) {
			showBlocked(request, response, blocked);
			return;
		}
		String target;
		if (exception instanceof LockedException) {
			target = "/login?locked";
		}
		else if (exception instanceof SignInUnavailableException) {
			target = "/login?unavailable";
		}
		else {
			target = "/login?error";
		}
		redirect.sendRedirect(request, response, target);
	}

	/**
	 * A block answers 403 with {@code Retry-After}, as the API does, and shows the
	 * sign-in page with its minutes: forwarded as a GET of the page, so the sign-in
	 * filter does not take it for another attempt.
	 */
	private static void showBlocked(HttpServletRequest request, HttpServletResponse response,
			SignInBlockedException blocked) throws IOException {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setHeader("Retry-After", Long.toString(Math.max(1, blocked.retryAfter().toSeconds())));
		HttpServletRequest asPage = new HttpServletRequestWrapper(request) {
			@Override
			public String getMethod() {
				return "GET";
			}
		};
		try {
			request.getRequestDispatcher("/login?blocked=" + blocked.minutes()).forward(asPage, response);
		}
		catch (ServletException ex) {
			throw new IOException(ex);
		}
	}

}
