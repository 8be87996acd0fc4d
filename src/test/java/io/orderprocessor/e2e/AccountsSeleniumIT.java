package io.orderprocessor.e2e;

import org.junit.jupiter.api.Test;

import io.orderprocessor.e2e.pages.SeleniumScreen;
import io.orderprocessor.support.browser.SeleniumBrowserTest;

/** A new trader's account journey ({@link AccountJourney}) in Selenium. */
class AccountsSeleniumIT extends SeleniumBrowserTest {

	@Test
	void aNewTraderOpensAnAccountMovesCashAndChangesThePassword() {
		new AccountJourney("se").run(new SeleniumScreen(driver, port));
	}

}
