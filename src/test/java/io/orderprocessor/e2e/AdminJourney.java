package io.orderprocessor.e2e;

import io.orderprocessor.e2e.pages.AdminPages;
import io.orderprocessor.e2e.pages.Screen;
import io.orderprocessor.order.OrderMother;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.TestAssets;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin's day, one journey for both browser suites ({@link AdminSeleniumIT},
 * {@link AdminPlaywrightIT}): find a user, adjust their cash (a refused amount and a
 * missing reason first), lock them while their own browser is signed in (it is signed out
 * on its next page load), add and suspend an asset (its trade buttons disappear from the
 * market), find a trader's order among all orders, and find all of it in the audit log.
 * The assets it adds are removed afterwards.
 */
final class AdminJourney {

	private final int port;

	private final TestAssets assets;

	private final String suite;

	/**
	 * @param suite the suite's name ("Selenium"), which its users' names and its asset's
	 * symbol start with
	 */
	AdminJourney(int port, TestAssets assets, String suite) {
		this.port = port;
		this.assets = assets;
		this.suite = suite;
	}

	/**
	 * @param screen the admin's browser
	 * @param theirs the customer's own browser, cookies of its own
	 */
	void run(Screen screen, Screen theirs) {
		try {
			String username = UserMother.apiUser(new HttpTestClient(port), prefix() + "a").username();
			theirs.signIn().open().submit(username, UserMother.PASSWORD);
			theirs.awaitUrl(".*/dashboard$");

			screen.signIn().open().submit(UserMother.ADMIN_USERNAME, UserMother.ADMIN_PASSWORD);
			screen.awaitUrl(".*/dashboard$");
			screen.follow("Admin");
			screen.awaitText("h1", "Admin overview");
			screen.awaitTextContaining("#health-store", "Up");

			AdminPages admin = screen.admin();
			findAndAdjust(screen, admin, username);
			lock(screen, admin, username, theirs);
			String symbol = addAndSuspendAnAsset(screen, admin);
			String trader = UserMother.uniqueUsername(prefix() + "o");
			String orderId = OrderMother.traderWithOneOrder(new HttpTestClient(port), trader);
			findTheOrder(screen, admin, trader, orderId);
			findItAllInTheAuditLog(screen, admin, username, symbol);
		}
		finally {
			assets.removeAll();
		}
	}

	private void findAndAdjust(Screen screen, AdminPages admin, String username) {
		screen.follow("Users");
		screen.awaitText("h1", "Users");
		admin.searchUsers(username);
		// htmx searches as the admin types
		screen.awaitText("#user-count", "1 user");
		assertThat(screen.count("#user-table tbody tr")).isOne();
		screen.follow(username);
		screen.awaitText("h1", "User " + username);

		admin.adjustCash("-5", "Fee");
		screen.awaitTextContaining("#adjust-amount-error", "below $0.00");
		admin.adjustCash("75.25", "");
		screen.awaitText("#adjust-reason-error", "A reason is required");
		admin.adjustCash("75.25", "Goodwill for the outage");
		screen.awaitText("#flash [role=status]", "Adjusted cash by +$75.25; the balance is now $75.25.");
		screen.awaitText("#user-balance", "$75.25");
		screen.awaitTextContaining("#ledger-table tbody tr:first-child", "Goodwill for the outage");
	}

	private void lock(Screen screen, AdminPages admin, String username, Screen theirs) {
		screen.follow("Lock account");
		screen.awaitText("h1", "Lock " + username + "?");
		admin.confirmLock("Chargeback pattern");
		screen.awaitTextContaining("#flash [role=status]", "is locked");
		screen.awaitText("#user-status", "Locked");

		theirs.open("/account");
		theirs.awaitUrl(".*/login$");
	}

	private String addAndSuspendAnAsset(Screen screen, AdminPages admin) {
		String symbol = assets.newSymbol(prefix().toUpperCase());
		screen.follow("Assets");
		screen.follow("Add an asset");
		admin.addAsset(symbol, suite + " Coin", "test-coins", "A coin the " + suite + " test adds.", "3.75");
		screen.awaitText("#flash [role=status]", symbol + " added to the catalogue.");
		screen.open("/market/" + symbol);
		assertThat(screen.count("#buy-link")).isOne();

		screen.open("/admin/assets");
		admin.suspend(symbol);
		screen.awaitText("#flash [role=status]", "Trading in " + symbol + " is suspended.");
		screen.open("/market/" + symbol);
		assertThat(screen.count("#buy-link")).isZero();
		assertThat(screen.count("#sell-link")).isZero();
		screen.awaitTextContaining("main", "Trading suspended");
		return symbol;
	}

	private void findTheOrder(Screen screen, AdminPages admin, String trader, String orderId) {
		screen.open("/admin/orders");
		screen.awaitText("h1", "All orders");
		admin.filterOrders(trader);
		screen.awaitUrl(".*[?&]user=" + trader + "(&.*)?$");
		assertThat(screen.count("#order-table tbody tr")).isOne();
		assertThat(screen.texts("#order-" + orderId)).singleElement()
			.satisfies(row -> assertThat(row).contains("Market buy", "Filled"));
	}

	private void findItAllInTheAuditLog(Screen screen, AdminPages admin, String username, String symbol) {
		screen.open("/admin/audit");
		admin.filterAudit(username, null);
		screen.awaitUrl(".*[?&]target=" + username + "(&.*)?$");
		String admins = UserMother.ADMIN_USERNAME;
		assertThat(screen.texts("#audit-table tbody tr"))
			.anySatisfy(row -> assertThat(row).contains("admin.user_locked", admins, "Chargeback pattern", "127.0.0.1"))
			.anySatisfy(row -> assertThat(row).contains("admin.cash_adjusted", admins, "Goodwill for the outage"));

		admin.filterAudit(symbol, "admin.asset_changed");
		screen.awaitUrl(".*[?&]target=" + symbol + "(&.*)?$");
		assertThat(screen.texts("#audit-table tbody tr")).singleElement()
			.satisfies(row -> assertThat(row).contains("admin.asset_changed", "is_active: false"));
	}

	private String prefix() {
		return suite.substring(0, 2).toLowerCase();
	}

}
