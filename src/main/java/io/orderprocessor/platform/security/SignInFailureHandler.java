package io.orderprocessor.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed page sign-in back to the sign-in page with what it may say: "Invalid
 * username or password" for any wrong credentials (no user enumeration), the block with
 * its minutes, a locked account, or an outage.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

	private final RedirectStrategy redirect = new DefaultRedirectStrategy();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String target;
		if (exception instanceof SignInBlockedException blocked) {
			target = "/login?blocked=" + blocked.minutes();
		}
		else if (exception instanceof LockedException) {
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

}
