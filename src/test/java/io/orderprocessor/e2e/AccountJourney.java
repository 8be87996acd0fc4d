package io.orderprocessor.e2e;

import io.orderprocessor.e2e.pages.Screen;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new trader's whole account journey, one for both browser suites
 * ({@link AccountsSeleniumIT}, {@link AccountsPlaywrightIT}): create an account, deposit,
 * withdraw (too much first: the error stands next to its field), read the ledger, edit
 * the profile, change the password, and sign in with the new one, not the old.
 */
final class AccountJourney {

	private static final String FLASH = "#flash [role=status]";

	private final String prefix;

	/**
	 * @param prefix what the trader's username starts with
	 */
	AccountJourney(String prefix) {
		this.prefix = prefix;
	}

	void run(Screen screen) {
		String username = UserMother.uniqueUsername(prefix);
		register(screen, username);
		moveCash(screen);
		editTheProfile(screen);
		changeThePasswordAndSignInWithIt(screen, username);
	}

	private static void register(Screen screen, String username) {
		screen.open("/register");
		screen.fill("First name", "Ada");
		screen.fill("Last name", "Lovelace");
		screen.fill("Username", username);
		screen.fill("Email", username + "@example.com");
		screen.fill("Password", "Secret!Pass12");
		screen.fill("Confirm password", "Secret!Pass12");
		screen.press("Create account");
		screen.awaitUrl(".*/dashboard$");
		screen.awaitTextContaining(FLASH, "Welcome to Order Processor, Ada!");
	}

	private static void moveCash(Screen screen) {
		screen.open("/account");
		screen.fill("Deposit amount (USD)", "500");
		screen.press("Deposit");
		screen.awaitText(FLASH, "Successfully deposited $500.00");
		screen.awaitText("#cash-balance", "$500.00");

		screen.fill("Withdrawal amount (USD)", "5000");
		screen.press("Withdraw");
		screen.awaitText("#withdraw-amount-error", "Insufficient balance: available $500.00, requested $5,000.00");
		assertThat(screen.attribute("#withdraw-amount", "aria-describedby")).contains("withdraw-amount-error");

		screen.fill("Withdrawal amount (USD)", "120.50");
		screen.press("Withdraw");
		screen.awaitText(FLASH, "Successfully withdrew $120.50");
		screen.awaitText("#cash-balance", "$379.50");
		screen.awaitCount("#ledger-table tbody tr", 2);
		assertThat(screen.texts("#ledger-table tbody tr")).satisfiesExactly(
				row -> assertThat(row).contains("Withdrawal", "-$120.50", "$379.50"),
				row -> assertThat(row).contains("+$500.00"));
		screen.awaitText("#withdraw-limit", "Daily limit $5,000.00; $4,879.50 left today");
	}

	private static void editTheProfile(Screen screen) {
		screen.open("/profile");
		screen.fill("First name", "Grace");
		screen.fill("Last name", "Lovelace-King");
		screen.press("Save details");
		screen.awaitText(FLASH, "Your details were saved.");
		assertThat(screen.value("#firstName")).isEqualTo("Grace");
		assertThat(screen.value("#lastName")).isEqualTo("Lovelace-King");
	}

	private static void changeThePasswordAndSignInWithIt(Screen screen, String username) {
		screen.fill("Current password", "Secret!Pass12");
		screen.fill("New password", "Changed!Pass34");
		screen.fill("Confirm new password", "Changed!Pass34");
		screen.press("Change password");
		screen.awaitTextContaining(FLASH, "Password changed");

		screen.press("Sign out");
		screen.awaitUrl(".*/login\\?signedOut$");
		screen.signIn().submit(username, "Secret!Pass12");
		screen.awaitUrl(".*/login\\?error$");
		screen.awaitText("[role=alert]", "Invalid username or password");

		screen.signIn().submit(username.toUpperCase(), "Changed!Pass34");
		screen.awaitUrl(".*/dashboard$");
	}

}
