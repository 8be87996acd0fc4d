package io.orderprocessor.e2e;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import io.orderprocessor.e2e.pages.PlaywrightSignInPage;
import io.orderprocessor.support.browser.PlaywrightBrowserTest;
import io.orderprocessor.user.UserMother;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A trader's whole account journey in Playwright: create an account, move cash, read the
 * ledger, edit the profile, change the password and sign in with it.
 */
class AccountsPlaywrightIT extends PlaywrightBrowserTest {

	@Test
	void aNewTraderOpensAnAccountMovesCashAndChangesThePassword() {
		String username = UserMother.uniqueUsername("pw");
		page.navigate("/register");
		label("First name").fill("Ada");
		label("Last name").fill("Lovelace");
		label("Username").fill(username);
		label("Email").fill(username + "@example.com");
		label("Password").fill("Secret!Pass12");
		label("Confirm password").fill("Secret!Pass12");
		button("Create account").click();

		assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));
		assertThat(page.locator("#flash [role=status]")).containsText("Welcome to Order Processor, Ada!");

		page.navigate("/account");
		label("Deposit amount (USD)").fill("500");
		button("Deposit").click();
		assertThat(page.locator("#flash [role=status]")).hasText("Successfully deposited $500.00");
		assertThat(page.locator("#cash-balance")).hasText("$500.00");

		label("Withdrawal amount (USD)").fill("120.50");
		button("Withdraw").click();
		assertThat(page.locator("#flash [role=status]")).hasText("Successfully withdrew $120.50");
		assertThat(page.locator("#cash-balance")).hasText("$379.50");
		Locator rows = page.locator("#ledger-table tbody tr");
		assertThat(rows).hasCount(2);
		assertThat(rows.nth(0)).containsText("Withdrawal");
		assertThat(rows.nth(0)).containsText("-$120.50");
		assertThat(rows.nth(0)).containsText("$379.50");
		assertThat(rows.nth(1)).containsText("+$500.00");
		assertThat(page.locator("#withdraw-limit")).hasText("Daily limit $5,000.00; $4,879.50 left today");

		page.navigate("/profile");
		label("First name").fill("Grace");
		button("Save details").click();
		assertThat(page.locator("#flash [role=status]")).hasText("Your details were saved.");
		assertThat(label("First name")).hasValue("Grace");

		label("Current password").fill("Secret!Pass12");
		label("New password").fill("Changed!Pass34");
		label("Confirm new password").fill("Changed!Pass34");
		button("Change password").click();
		assertThat(page.locator("#flash [role=status]")).containsText("Password changed");

		button("Sign out").click();
		assertThat(page).hasURL(Pattern.compile(".*/login\\?signedOut$"));
		new PlaywrightSignInPage(page).submit(username.toUpperCase(), "Changed!Pass34");
		assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));
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
