package io.orderprocessor.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;

import io.orderprocessor.e2e.pages.SeleniumScreen;
import io.orderprocessor.support.TestAssets;
import io.orderprocessor.support.browser.SeleniumBrowserTest;

/** An admin's day ({@link AdminJourney}) in Selenium. */
class AdminSeleniumIT extends SeleniumBrowserTest {

	@Autowired
	TestAssets assets;

	@Test
	void anAdminAdjustsLocksSuspendsAndFindsItAllInTheAuditLog() {
		ChromeDriver theirs = newChrome();
		try {
			new AdminJourney(port, assets, "Selenium").run(new SeleniumScreen(driver, port),
					new SeleniumScreen(theirs, port));
		}
		finally {
			theirs.quit();
		}
	}

}
