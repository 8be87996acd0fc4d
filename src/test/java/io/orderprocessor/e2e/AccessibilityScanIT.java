package io.orderprocessor.e2e;

import org.junit.jupiter.api.Test;

import io.orderprocessor.support.browser.PlaywrightBrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scan that guards every browser test does find violations (a check that can fail).
 */
class AccessibilityScanIT extends PlaywrightBrowserTest {

	@Test
	void anUnlabelledFieldIsReported() {
		page.setContent("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head>"
				+ "<body><main><input type=\"text\"></main></body></html>");

		assertThat(accessibility.violations()).anySatisfy(v -> assertThat(v).contains("label"));
		accessibility.clear();
	}

}
