package io.orderprocessor.platform.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What a sign-in attempt knows about its client: the address (and session) as Spring
 * Security records them, and the device cookie it carries (see {@link DeviceCookies}).
 */
public class SignInDetails extends WebAuthenticationDetails {

	// not kept in the session with the rest of the details
	private final transient String deviceCookie;

	public SignInDetails(HttpServletRequest request) {
		super(request);
		this.deviceCookie = DeviceCookies.read(request);
	}

	/** The {@code DEVICE} cookie's value, or null. */
	public String deviceCookie() {
		return deviceCookie;
	}

	/** Builds the details of page and API sign-ins alike. */
	public static final AuthenticationDetailsSource<HttpServletRequest, SignInDetails> SOURCE = SignInDetails::new;

}
