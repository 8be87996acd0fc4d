package io.orderprocessor.e2e;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.orderprocessor.e2e.pages.PlaywrightScreen;
import io.orderprocessor.support.TestPrices;
import io.orderprocessor.support.browser.PlaywrightBrowserTest;

/** The trading journey ({@link TradingJourney}) in Playwright. */
class TradingPlaywrightIT extends PlaywrightBrowserTest {

	@Autowired
	TestPrices prices;

	@Test
	void depositBuySellLimitCancelPortfolioAndDashboard() {
		new TradingJourney(port, prices, "pwt").run(new PlaywrightScreen(page));
	}

}
