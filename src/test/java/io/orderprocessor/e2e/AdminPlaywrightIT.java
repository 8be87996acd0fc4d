package io.orderprocessor.e2e;

import com.microsoft.playwright.BrowserContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.orderprocessor.e2e.pages.PlaywrightScreen;
import io.orderprocessor.support.TestAssets;
import io.orderprocessor.support.browser.PlaywrightBrowserTest;

/** An admin's day ({@link AdminJourney}) in Playwright. */
class AdminPlaywrightIT extends PlaywrightBrowserTest {

	@Autowired
	TestAssets assets;

	@Test
	void anAdminAdjustsLocksSuspendsAndFindsItAllInTheAuditLog() {
		BrowserContext theirs = otherBrowser();
		try {
			new AdminJourney(port, assets, "Playwright").run(new PlaywrightScreen(page),
					new PlaywrightScreen(theirs.newPage()));
		}
		finally {
			theirs.close();
		}
	}

}
