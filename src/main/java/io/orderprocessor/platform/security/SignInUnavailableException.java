package io.orderprocessor.platform.security;

import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in cannot be checked against the brute-force limits right now (their state in
 * Redis is unreachable), so it fails closed: 503 in the API, a message on the page.
 */
public class SignInUnavailableException extends AuthenticationException {

	public SignInUnavailableException(Throwable cause) {
		super("Sign-in is temporarily unavailable; please try again in a moment", cause);
	}

}
