package io.orderprocessor.e2e;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.orderprocessor.e2e.pages.SeleniumScreen;
import io.orderprocessor.support.TestPrices;
import io.orderprocessor.support.browser.SeleniumBrowserTest;

/** The trading journey ({@link TradingJourney}) in Selenium. */
class TradingSeleniumIT extends SeleniumBrowserTest {

	@Autowired
	TestPrices prices;

	@Test
	void depositBuySellLimitCancelPortfolioAndDashboard() {
		new TradingJourney(port, prices, "set").run(new SeleniumScreen(driver, port));
	}

}
