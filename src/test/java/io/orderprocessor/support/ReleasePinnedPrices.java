package io.orderprocessor.support;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * After every test of an {@link IntegrationTest}, releases what it pinned in
 * {@link TestPrices}, so that the next test meets the simulated market again.
 */
public class ReleasePinnedPrices implements TestExecutionListener {

	@Override
	public void afterTestMethod(TestContext testContext) {
		if (testContext.hasApplicationContext()) {
			testContext.getApplicationContext().getBeanProvider(TestPrices.class).ifAvailable(TestPrices::releaseAll);
		}
	}

}
