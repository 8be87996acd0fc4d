package io.orderprocessor.user.internal;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

import io.orderprocessor.platform.security.DeviceCookies;
import io.orderprocessor.user.Profile;

/**
 * Signs a just-registered user in as the sign-in page would: a new session id, the
 * security context in the (Redis) session, a device cookie, and the same authentication
 * events.
 */
@Component
public class PageSignIn {

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final ApplicationEventPublisher events;

	private final DeviceCookies devices;

	PageSignIn(ApplicationEventPublisher events, DeviceCookies devices) {
		this.events = events;
		this.devices = devices;
	}

	private final RequestCache savedPages = new HttpSessionRequestCache();

	public void signIn(Profile profile, HttpServletRequest request, HttpServletResponse response) {
		var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + profile.role()));
		var principal = User.withUsername(profile.username()).password("").authorities(authorities).build();
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken
			.authenticated(principal, null, authorities);
		authentication.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
		request.getSession(true);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		devices.write(request, response, profile.username());
		events.publishEvent(new AuthenticationSuccessEvent(authentication));
		events.publishEvent(new InteractiveAuthenticationSuccessEvent(authentication, getClass()));
	}

	/**
	 * The page this browser was on its way to when it was sent to sign in (the saved
	 * request), used once: as a path of this site, never another host.
	 */
	public Optional<String> pageBeforeSignIn(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = savedPages.getRequest(request, response);
		savedPages.removeRequest(request, response);
		if (saved == null || saved.getRedirectUrl() == null) {
			return Optional.empty();
		}
		try {
			URI uri = URI.create(saved.getRedirectUrl());
			String path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) {
				return Optional.empty();
			}
			path = path.substring(request.getContextPath().length());
			// without the request cache's own "continue" marker
			String query = uri.getRawQuery() == null ? ""
					: Arrays.stream(uri.getRawQuery().split("&"))
						.filter(part -> !part.equals("continue"))
						.collect(Collectors.joining("&"));
			return Optional.of(query.isEmpty() ? path : path + "?" + query);
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
			return Optional.empty();
		}
	}

}
