package io.orderprocessor.e2e;

import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.orderprocessor.inventory.InventoryService;
import io.orderprocessor.order.OrderMother;
import io.orderprocessor.platform.store.Store;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.TestAssets;
import io.orderprocessor.support.browser.PlaywrightBrowserTest;
import io.orderprocessor.user.UserMother;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An admin's day in Playwright: find a user, adjust their cash with a reason, lock them
 * (their open browser is signed out on its next page load), add and suspend an asset (its
 * trade buttons disappear from the market), see a trader's order among all orders, and
 * find all of it in the audit log.
 */
class AdminPlaywrightIT extends PlaywrightBrowserTest {

	@Autowired
	Store store;

	@Autowired
	InventoryService inventory;

	private TestAssets assets;

	@BeforeEach
	void trackAssets() {
		assets = new TestAssets(store, inventory);
	}

	@AfterEach
	void removeAddedAssets() {
		assets.removeAll();
	}

	@Test
	void anAdminAdjustsLocksSuspendsAndFindsItAllInTheAuditLog() {
		String username = UserMother.uniqueUsername("pwa");
		UserMother.registeredToken(new HttpTestClient(port), username);
		BrowserContext theirs = otherBrowser();
		Page them = theirs.newPage();
		them.navigate("/login");
		them.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
		them.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(UserMother.PASSWORD);
		them.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
		assertThat(them).hasURL(Pattern.compile(".*/dashboard$"));

		signInAsAdmin();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Admin").setExact(true)).click();
		assertThat(page.locator("h1")).hasText("Admin overview");
		assertThat(page.locator("#health-store")).containsText("Up");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users").setExact(true)).click();
		label("Search users").fill(username);
		// htmx searches as the admin types
		assertThat(page.locator("#user-table tbody tr")).hasCount(1);
		assertThat(page.locator("#user-count")).hasText("1 user");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(username).setExact(true)).click();
		assertThat(page.locator("h1")).hasText("User " + username);

		label("Amount (USD)").fill("75.25");
		button("Adjust cash").click();
		assertThat(page.locator("#adjust-reason-error")).hasText("A reason is required");
		label("Amount (USD)").fill("75.25");
		label("Reason").fill("Goodwill for the outage");
		button("Adjust cash").click();
		assertThat(page.locator("#flash [role=status]"))
			.hasText("Adjusted cash by +$75.25; the balance is now $75.25.");
		assertThat(page.locator("#user-balance")).hasText("$75.25");
		assertThat(page.locator("#ledger-table tbody tr").first()).containsText("Goodwill for the outage");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lock account").setExact(true)).click();
		assertThat(page.locator("h1")).hasText("Lock " + username + "?");
		label("Reason").fill("Suspicious activity");
		button("Lock account").click();
		assertThat(page.locator("#flash [role=status]")).containsText("is locked");
		assertThat(page.locator("#user-status")).hasText("Locked");

		them.navigate("/account");
		assertThat(them).hasURL(Pattern.compile(".*/login$"));
		theirs.close();

		String symbol = assets.newSymbol("PW");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Assets").setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an asset").setExact(true)).click();
		label("Symbol").fill(symbol);
		label("Name").fill("Playwright Coin");
		label("Category").fill("test-coins");
		label("Description").fill("A coin the browser test adds.");
		label("Reference price (USD)").fill("3.75");
		button("Add asset").click();
		assertThat(page.locator("#flash [role=status]")).hasText(symbol + " added to the catalogue.");

		page.navigate("/market/" + symbol);
		assertThat(page.locator("#buy-link")).isVisible();
		page.navigate("/admin/assets");
		button("Suspend " + symbol).click();
		assertThat(page.locator("#flash [role=status]")).hasText("Trading in " + symbol + " is suspended.");
		page.navigate("/market/" + symbol);
		assertThat(page.locator("#buy-link")).hasCount(0);
		assertThat(page.locator("#sell-link")).hasCount(0);
		assertThat(page.getByText("Trading suspended")).isVisible();

		String trader = UserMother.uniqueUsername("pwo");
		String orderId = OrderMother.traderWithOneOrder(new HttpTestClient(port), trader);
		page.navigate("/admin/orders");
		assertThat(page.locator("h1")).hasText("All orders");
		label("User").fill(trader);
		button("Filter").click();
		assertThat(page.locator("#order-table tbody tr")).hasCount(1);
		assertThat(page.locator("#order-" + orderId)).containsText("Market buy");
		assertThat(page.locator("#order-" + orderId)).containsText("Filled");

		page.navigate("/admin/audit");
		label("Target (user, address or asset)").fill(username);
		button("Filter").click();
		Locator rows = page.locator("#audit-table tbody tr");
		assertThat(rows.filter(new Locator.FilterOptions().setHasText("admin.user_locked")))
			.containsText("Suspicious activity");
		assertThat(rows.filter(new Locator.FilterOptions().setHasText("admin.cash_adjusted")))
			.containsText("Goodwill for the outage");
		assertThat(rows.filter(new Locator.FilterOptions().setHasText("admin.user_locked"))).containsText("demo_admin");
		label("Target (user, address or asset)").fill(symbol);
		page.locator("#audit-type").selectOption("admin.asset_changed");
		button("Filter").click();
		assertThat(rows).hasCount(1);
		assertThat(rows.first()).containsText("is_active: false");
	}

	private void signInAsAdmin() {
		page.navigate("/login");
		label("Username").fill("demo_admin");
		label("Password").fill(UserMother.ADMIN_PASSWORD);
		button("Sign in").click();
		assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));
	}

	private static Locator label(String text) {
		return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
	}

	private static Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
