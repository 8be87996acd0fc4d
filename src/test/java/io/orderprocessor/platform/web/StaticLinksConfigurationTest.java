package io.orderprocessor.platform.web;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import io.orderprocessor.platform.web.StaticLinksConfiguration.StaticLinksEncodingFilter;

import static org.assertj.core.api.Assertions.assertThat;

class StaticLinksConfigurationTest {

	@Test
	void theStaticNamesAreTheTopLevelEntriesOfTheStaticLocations() {
		Set<String> names = StaticLinksConfiguration.staticNames("",
				new WebProperties().getResources().getStaticLocations(), new PathMatchingResourcePatternResolver());

		assertThat(names).contains("/css", "/js", "/favicon.svg").doesNotContain("/market");
		assertThat(StaticLinksConfiguration.base("/webjars/**")).isEqualTo("/webjars");
		assertThat(StaticLinksConfiguration.base("/**")).isEmpty();
	}

	@Test
	void onlyLinksUnderAStaticNameGoToTheResourceChain() {
		StaticLinksEncodingFilter filter = new StaticLinksEncodingFilter(Set.of("/css", "/webjars", "/favicon.svg"));

		assertThat(filter.isStatic("/css/app.css", "")).isTrue();
		assertThat(filter.isStatic("/webjars/uplot/dist/uPlot.min.css", "")).isTrue();
		assertThat(filter.isStatic("/favicon.svg", "")).isTrue();
		assertThat(filter.isStatic("/favicon.svg?v=2", "")).isTrue();
		assertThat(filter.isStatic("/app/css/app.css", "/app")).isTrue();
		assertThat(filter.isStatic("/market/BTC", "")).isFalse();
		assertThat(filter.isStatic("/market?q=css/x", "")).isFalse();
		assertThat(filter.isStatic("/css", "")).isTrue();
		assertThat(filter.isStatic("/cssx/app.css", "")).isFalse();
		assertThat(filter.isStatic("https://example.com/css/app.css", "")).isFalse();
		assertThat(filter.isStatic("/css/app.css", "/app")).isFalse();
	}

}
