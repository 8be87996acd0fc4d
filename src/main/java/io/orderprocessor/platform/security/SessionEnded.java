package io.orderprocessor.platform.security;

import java.io.IOException;
import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponseHeader;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;

/**
 * A request that fails because the session behind it ended says so instead of looking
 * like a ban: a form sent with a CSRF token of a session that no longer exists, or an
 * htmx request whose session cookie names an ended session, goes to
 * {@value #SIGN_IN_AGAIN} ("Your session ended - sign in again") and, after sign-in, back
 * to the page the user was on. htmx requests get a full-page redirect
 * ({@code HX-Redirect}), not a banner. Every other refusal stays what it was: a signed-in
 * user without the role still gets 403.
 */
final class SessionEnded implements AccessDeniedHandler, AuthenticationEntryPoint {

	static final String SIGN_IN_AGAIN = "/login?expired";

	/** Where {@link HttpSessionRequestCache} keeps the request to return to. */
	private static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

	/** Pages never worth coming back to after sign-in. */
	private static final List<String> NOT_BACK_TO = List.of("/login", "/logout", "/register", "/error");

	private final AccessDeniedHandler denied = new AccessDeniedHandlerImpl();

	private final AuthenticationEntryPoint others;

	private final RequestCache requests;

	private final RelativeRedirectStrategy redirects = new RelativeRedirectStrategy();

	/**
	 * @param others the entry point for requests whose session did not end
	 * @param requests where the page to come back to is kept
	 */
	SessionEnded(AuthenticationEntryPoint others, RequestCache requests) {
		this.others = others;
		this.requests = requests;
	}

	static RequestCache requestCache() {
		return new HttpSessionRequestCache();
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException, ServletException {
		if (!(ex instanceof CsrfException) || !sentAToken(request)) {
			// no token at all is no stale form, but a request made elsewhere: refused
			denied.handle(request, response, ex);
			return;
		}
		String back = whereTheUserWas(request);
		if (signedIn()) {
			// a form from before the latest sign-in: the page again, with a fresh token
			redirect(request, response, back == null ? "/dashboard" : back);
			return;
		}
		signInAgain(request, response, back);
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException, ServletException {
		if (isHtmx(request) && sessionEnded(request)) {
			signInAgain(request, response, whereTheUserWas(request));
			return;
		}
		others.commence(request, response, ex);
	}

	private void signInAgain(HttpServletRequest request, HttpServletResponse response, String back) throws IOException {
		if (back != null) {
			request.getSession(true).setAttribute(SAVED_REQUEST, new SimpleSavedRequest(back));
		}
		else {
			requests.removeRequest(request, response);
		}
		redirect(request, response, SIGN_IN_AGAIN);
	}

	private void redirect(HttpServletRequest request, HttpServletResponse response, String target) throws IOException {
		if (isHtmx(request)) {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			response.setHeader(HtmxResponseHeader.HX_REDIRECT.getValue(),
					request.getContextPath() + RelativeRedirectStrategy.relative(target));
			return;
		}
		redirects.sendRedirect(request, response, target);
	}

	/**
	 * The page (path and query of this site only) the request was sent from: htmx names
	 * it, a form's {@code Referer} names it, a GET is it. Never another host, never a
	 * sign-in page.
	 */
	static String whereTheUserWas(HttpServletRequest request) {
		String page = request.getHeader("HX-Current-URL");
		if (page == null || page.isBlank()) {
			page = request.getHeader("Referer");
		}
		if ((page == null || page.isBlank()) && "GET".equals(request.getMethod()) && !isHtmx(request)) {
			page = request.getQueryString() == null ? request.getRequestURI()
					: request.getRequestURI() + "?" + request.getQueryString();
			page = page.substring(request.getContextPath().length());
		}
		if (page == null || page.isBlank()) {
			return null;
		}
		String path = RelativeRedirectStrategy.relative(page.strip());
		if (path.startsWith("//") || path.startsWith("/\\") || !path.startsWith("/")) {
			return null;
		}
		String context = request.getContextPath();
		if (!context.isEmpty() && path.startsWith(context + "/")) {
			path = path.substring(context.length());
		}
		for (String notBack : NOT_BACK_TO) {
			if (path.equals(notBack) || path.startsWith(notBack + "?") || path.startsWith(notBack + "/")) {
				return null;
			}
		}
		return path;
	}

	private static boolean sentAToken(HttpServletRequest request) {
		String parameter = "_csrf";
		String header = "X-CSRF-TOKEN";
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken expected) {
			parameter = expected.getParameterName();
			header = expected.getHeaderName();
		}
		return request.getParameter(parameter) != null || request.getHeader(header) != null;
	}

	private static boolean sessionEnded(HttpServletRequest request) {
		return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
	}

	private static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	private static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}

}
