package io.orderprocessor.platform.web;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The one list of the static files' paths (stylesheets, scripts, images, webjars, the
 * favicon): public and sessionless in the security chains, and not counted by the load
 * shedding, the Redis outage filter or the rate limit. Matched as Spring's path patterns,
 * the way the security chains match them.
 */
public final class StaticPaths {

	private static final List<String> PATTERNS = List.of("/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon*.svg",
			"/favicon.ico");

	private static final List<PathPattern> PARSED = PATTERNS.stream()
		.map(PathPatternParser.defaultInstance::parse)
		.toList();

	private StaticPaths() {
	}

	/** The patterns, for a security matcher; {@code more} patterns follow them. */
	public static String[] patterns(String... more) {
		return Stream.concat(PATTERNS.stream(), Stream.of(more)).toArray(String[]::new);
	}

	/**
	 * Whether a request's path (its URI without the query) is a static file's; a path
	 * with a broken escape ({@code %zz}) is not.
	 */
	public static boolean matches(String path) {
		PathContainer container;
		try {
			container = PathContainer.parsePath(path);
		}
		catch (IllegalArgumentException badEscape) {
			return false;
		}
		return PARSED.stream().anyMatch(pattern -> pattern.matches(container));
	}

}
