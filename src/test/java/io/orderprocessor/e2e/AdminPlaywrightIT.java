package io.orderprocessor.e2e;

import com.microsoft.playwright.BrowserContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.orderprocessor.e2e.pages.PlaywrightScreen;
import io.orderprocessor.inventory.InventoryService;
import io.orderprocessor.platform.store.Store;
import io.orderprocessor.support.TestAssets;
import io.orderprocessor.support.browser.PlaywrightBrowserTest;

/** An admin's day ({@link AdminJourney}) in Playwright. */
class AdminPlaywrightIT extends PlaywrightBrowserTest {

	@Autowired
	Store store;

	@Autowired
	InventoryService inventory;

	@Test
	void anAdminAdjustsLocksSuspendsAndFindsItAllInTheAuditLog() {
		BrowserContext theirs = otherBrowser();
		try {
			new AdminJourney(port, new TestAssets(store, inventory), "Playwright").run(new PlaywrightScreen(page),
					new PlaywrightScreen(theirs.newPage()));
		}
		finally {
			theirs.close();
		}
	}

}
