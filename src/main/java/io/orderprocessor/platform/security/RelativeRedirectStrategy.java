package io.orderprocessor.platform.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;

/**
 * Redirects to a path of this application only, never to the scheme and host of an
 * absolute URL: the saved request's URL is built from the request's {@code Host} header,
 * which a client chooses.
 */
class RelativeRedirectStrategy implements RedirectStrategy {

	private final DefaultRedirectStrategy redirects = new DefaultRedirectStrategy();

	@Override
	public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
		redirects.sendRedirect(request, response, relative(url));
	}

	static String relative(String url) {
		try {
			URI uri = URI.create(url);
			if (uri.isAbsolute() || uri.getRawAuthority() != null) {
				String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
				return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
			}
			return url.startsWith("/") ? url : "/" + url;
		}
		catch (IllegalArgumentException ex) {
			return "/";
		}
	}

}
