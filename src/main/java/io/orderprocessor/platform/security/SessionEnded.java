package io.orderprocessor.platform.security;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponseHeader;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
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
 * <p>
 * The way back travels in a short-lived cookie, not in a new session: clicking "Review"
 * also sends the live estimate (the field's change), so two requests of the ended session
 * arrive together, and two new sessions would leave the sign-in form with the CSRF token
 * of the one the browser did not keep. The sign-in page's own request makes the one new
 * session.
 */
final class SessionEnded implements AccessDeniedHandler, AuthenticationEntryPoint {

	static final String SIGN_IN_AGAIN = "/login?expired";

	/** Where {@link HttpSessionRequestCache} keeps the request to return to. */
	private static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

	/** The page to come back to after signing in again (a path of this site). */
	static final String WAY_BACK_COOKIE = "way_back";

	/** Pages never worth coming back to after sign-in. */
	private static final List<String> NOT_BACK_TO = List.of("/login", "/logout", "/register", "/error");

	private final AccessDeniedHandler denied = new AccessDeniedHandlerImpl();

	private final AuthenticationEntryPoint others;

	private final RelativeRedirectStrategy redirects = new RelativeRedirectStrategy();

	/**
	 * @param others the entry point for requests whose session did not end
	 */
	SessionEnded(AuthenticationEntryPoint others) {
		this.others = others;
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
		response.addCookie(wayBack(request, back == null ? "" : URLEncoder.encode(back, StandardCharsets.UTF_8),
				back == null ? 0 : 600));
		redirect(request, response, SIGN_IN_AGAIN);
	}

	/**
	 * After a sign-in: the page the way-back cookie names becomes the saved request of
	 * the new session (used once), and the cookie is cleared.
	 */
	void comeBack(HttpServletRequest request, HttpServletResponse response) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return;
		}
		for (Cookie cookie : cookies) {
			if (WAY_BACK_COOKIE.equals(cookie.getName())) {
				response.addCookie(wayBack(request, "", 0));
				String back = pathOfThisSite(URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8), request);
				if (back != null) {
					request.getSession(true).setAttribute(SAVED_REQUEST, new SimpleSavedRequest(back));
				}
			}
		}
	}

	private static Cookie wayBack(HttpServletRequest request, String value, int maxAge) {
		Cookie cookie = new Cookie(WAY_BACK_COOKIE, value);
		cookie.setPath("/");
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setMaxAge(maxAge);
		cookie.setAttribute("SameSite", "Lax");
		return cookie;
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
		return pathOfThisSite(page, request);
	}

	private static String pathOfThisSite(String page, HttpServletRequest request) {
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
