package io.orderprocessor.e2e;

import org.junit.jupiter.api.Test;

import io.orderprocessor.support.browser.SeleniumBrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Selenium scan does run on the pages a test opens (a check that can fail: its
 * listener was once private and silently never called).
 */
class SeleniumAccessibilityScanIT extends SeleniumBrowserTest {

	@Test
	void anUnlabelledFieldIsReported() {
		driver.get("data:text/html,<!DOCTYPE html><html lang='en'><head><title>t</title></head>"
				+ "<body><main><input type='text'></main></body></html>");

		assertThat(accessibility.violations()).anySatisfy(v -> assertThat(v).contains("label"));
		accessibility.clear();
	}

}
