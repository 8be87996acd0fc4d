package io.orderprocessor.platform.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in is refused without checking the password because too many attempts failed
 * recently (from this address or for this username). The page says so; the API answers
 * 403.
 */
public class SignInBlockedException extends AuthenticationException {

	private final Duration retryAfter;

	public SignInBlockedException(Duration retryAfter) {
		super("Too many failed sign-in attempts; try again in " + minutes(retryAfter)
				+ (minutes(retryAfter) == 1 ? " minute" : " minutes"));
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

	/** Whole minutes to wait, at least 1. */
	public long minutes() {
		return minutes(retryAfter);
	}

	private static long minutes(Duration duration) {
		return Math.max(1, (duration.toSeconds() + 59) / 60);
	}

}
