package io.orderprocessor.platform.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class StaticPathsTest {

	@ParameterizedTest
	@ValueSource(strings = { "/css/app.css", "/js/charts.js", "/img/logo.png", "/webjars/htmx.org/dist/htmx.min.js",
			"/favicon.svg", "/favicon.ico" })
	void staticFilesMatch(String path) {
		assertThat(StaticPaths.matches(path)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/login", "/dashboard", "/api/v1/orders", "/health", "/cssx/app.css" })
	void pagesDoNot(String path) {
		assertThat(StaticPaths.matches(path)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/css/%zz", "/%", "/css/a%2", "", "*" })
	void oddPathsAreNoStaticFiles(String path) {
		assertThat(StaticPaths.matches(path)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/css/**", "/webjars/**", "/favicon.ico" })
	void patternsListThemForSecurityMatchers(String pattern) {
		assertThat(StaticPaths.patterns("/login")).contains(pattern, "/login");
	}

}
