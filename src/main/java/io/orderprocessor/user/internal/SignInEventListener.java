package io.orderprocessor.user.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import io.orderprocessor.shared.Username;
import io.orderprocessor.user.UserEvents.SignInFailed;
import io.orderprocessor.user.UserEvents.SignedIn;
import io.orderprocessor.user.UserEvents.SignedOut;

/**
 * Spring Security's authentication events, for the sign-in page and the API alike: every
 * outcome becomes a user event for the audit log; a page sign-in records the address and
 * browser in the session for the sessions list.
 */
@Component
class SignInEventListener {

	private final ApplicationEventPublisher events;

	SignInEventListener(ApplicationEventPublisher events) {
		this.events = events;
	}

	/**
	 * A wrong username or password (already counted by {@link SignInThrottle} before the
	 * check). A bad bearer token is a failure too for Spring Security, but no sign-in: it
	 * is neither counted nor audited as one.
	 */
	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
			String username = Username.normalise(event.getAuthentication().getName());
			events.publishEvent(new SignInFailed(username, "bad_credentials"));
		}
	}

	@EventListener
	void locked(AuthenticationFailureLockedEvent event) {
		events.publishEvent(new SignInFailed(Username.normalise(event.getAuthentication().getName()), "locked"));
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken signedIn) {
			HttpServletRequest request = currentRequest();
			boolean api = request != null && request.getRequestURI().startsWith("/api/");
			events.publishEvent(new SignedIn(signedIn.getName(), api ? "api" : "page"));
		}
	}

	@EventListener
	void pageSignIn(InteractiveAuthenticationSuccessEvent event) {
		HttpServletRequest request = currentRequest();
		if (request != null) {
			rememberClient(request);
		}
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		events.publishEvent(new SignedOut(event.getAuthentication().getName(), "page"));
	}

	/** The address and browser a session signed in from, for the sessions list. */
	static void rememberClient(HttpServletRequest request) {
		var session = request.getSession();
		session.setAttribute(UserSessions.IP_ATTRIBUTE, request.getRemoteAddr());
		String agent = request.getHeader("User-Agent");
		if (agent != null) {
			session.setAttribute(UserSessions.AGENT_ATTRIBUTE, agent.length() > 300 ? agent.substring(0, 300) : agent);
		}
	}

	private static HttpServletRequest currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}

}
