package io.orderprocessor.e2e;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import io.orderprocessor.e2e.pages.PlaywrightScreen;
import io.orderprocessor.e2e.pages.PlaywrightSignInPage;
import io.orderprocessor.support.browser.PlaywrightBrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A new trader's account journey ({@link AccountJourney}) in Playwright, and what only it
 * checks: registration errors next to their fields, a wrong password, the account page on
 * a phone.
 */
class AccountsPlaywrightIT extends PlaywrightBrowserTest {

	@Test
	void aNewTraderOpensAnAccountMovesCashAndChangesThePassword() {
		new AccountJourney("pw").run(new PlaywrightScreen(page));
	}

	@Test
	void registrationErrorsStandNextToTheirFieldsAndKeepWhatWasTyped() {
		page.navigate("/register");
		label("First name").fill("Ada");
		label("Last name").fill("L0velace");
		label("Username").fill("demo_trader");
		label("Email").fill("ada@example.com");
		label("Password").fill("Secret!Pass12");
		label("Confirm password").fill("Secret!Pass13");
		button("Create account").click();

		assertThat(page.locator("#lastName-error")).hasText("Last name must be 1-50 letters, spaces, ' or -");
		assertThat(label("Last name")).hasAttribute("aria-invalid", "true");
		assertThat(page.locator("#confirmPassword-error")).hasText("The passwords do not match");
		assertThat(label("First name")).hasValue("Ada");
		assertThat(label("Password")).hasValue("");
	}

	@Test
	void aWrongPasswordShowsInvalidUsernameOrPassword() {
		new PlaywrightSignInPage(page).open().submit("demo_trader", "Not!ThePassword1");

		assertThat(page.getByRole(AriaRole.ALERT)).hasText("Invalid username or password");
	}

	@Test
	void theAccountPageWorksOnAPhone() {
		page.setViewportSize(375, 740);
		new PlaywrightSignInPage(page).open().submit("demo_trader", "Demo!Trader2026");
		assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));

		page.navigate("/account");
		button("+$500").click();
		assertThat(label("Deposit amount (USD)")).hasValue("500.00");
		Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
		Assertions.assertThat(overflow).as("no horizontal scrolling at 375 px").isEqualTo(false);
	}

	private static Locator label(String text) {
		return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
	}

	private static Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
