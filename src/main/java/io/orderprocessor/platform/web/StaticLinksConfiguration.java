package io.orderprocessor.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in templates pass through Spring's {@link ResourceUrlEncodingFilter}, which turns
 * a static file's link into the one the resource chain serves (a versioned URL, say). It
 * asks the chain about every link, and the chain caches only the links it found: each
 * page link ({@code /market/BTC}, {@code /portfolio}) was looked up again on every
 * render, a search through every jar of the class path for each of the four static
 * locations, about a fifth of a page's time. This filter, which takes the place of
 * Boot's, asks only about links under a name the static locations hold (their folders and
 * files, found once at start: {@code /css/...}, {@code /js/...}, {@code /favicon.svg})
 * and under the webjars path ({@code /webjars/...}); every other link is encoded by the
 * response as it is.
 */
@Configuration(proxyBeanMethods = false)
class StaticLinksConfiguration {

	/** Boot backs off its own registration for this one. */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter(WebProperties web, WebMvcProperties mvc,
			ResourcePatternResolver resources) {
		Set<String> names = new LinkedHashSet<>(
				staticNames(base(mvc.getStaticPathPattern()), web.getResources().getStaticLocations(), resources));
		names.add(base(mvc.getWebjarsPathPattern()));
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new StaticLinksEncodingFilter(Set.copyOf(names)));
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/** {@code /webjars} of {@code /webjars/**}, blank for {@code /**}. */
	static String base(String pathPattern) {
		return pathPattern.replaceFirst("/\\*\\*$", "");
	}

	/**
	 * The top-level names under the static locations, as {@code /css}, under the static
	 * path pattern's base.
	 */
	static Set<String> staticNames(String base, String[] locations, ResourcePatternResolver resources) {
		Set<String> names = new LinkedHashSet<>();
		for (String location : locations) {
			String pattern = location.replaceFirst("^classpath:", ResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX);
			try {
				for (Resource resource : resources.getResources(pattern + (pattern.endsWith("/") ? "*" : "/*"))) {
					String name = resource.getFilename();
					if (name != null && !name.isEmpty()) {
						names.add(base + "/" + name);
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot list the static location " + location, ex);
			}
		}
		return Set.copyOf(names);
	}

	/** Spring's filter, consulted only for links to static names. */
	static class StaticLinksEncodingFilter extends ResourceUrlEncodingFilter {

		private final Set<String> staticNames;

		StaticLinksEncodingFilter(Set<String> staticNames) {
			this.staticNames = staticNames;
		}

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse plain)) {
				chain.doFilter(request, response);
				return;
			}
			super.doFilter(request, response, (req, res) -> chain.doFilter(req,
					new StaticLinksOnly((HttpServletResponse) res, plain, http.getContextPath())));
		}

		boolean isStatic(String url, String contextPath) {
			if (!url.startsWith(contextPath + "/")) {
				return false;
			}
			String path = url.substring(contextPath.length());
			int end = path.indexOf('/', 1);
			int query = path.indexOf('?');
			if (end < 0 || (query >= 0 && query < end)) {
				end = query;
			}
			return staticNames.contains(end < 0 ? path : path.substring(0, end));
		}

		/**
		 * Sends static links to the resource chain, every other one to the plain
		 * response.
		 */
		private final class StaticLinksOnly extends HttpServletResponseWrapper {

			private final HttpServletResponse plain;

			private final String contextPath;

			StaticLinksOnly(HttpServletResponse resolving, HttpServletResponse plain, String contextPath) {
				super(resolving);
				this.plain = plain;
				this.contextPath = contextPath;
			}

			@Override
			public String encodeURL(String url) {
				return isStatic(url, contextPath) ? super.encodeURL(url) : this.plain.encodeURL(url);
			}

		}

	}

}
