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

import io.orderprocessor.e2e.pages.AdminPages;
import io.orderprocessor.e2e.pages.PlaywrightAdminPages;
import io.orderprocessor.e2e.pages.PlaywrightSignInPage;
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
		AdminPages admin = new PlaywrightAdminPages(page);
		String username = UserMother.uniqueUsername("pwa");
		UserMother.registeredToken(new HttpTestClient(port), username);
		BrowserContext theirs = otherBrowser();
		Page them = theirs.newPage();
		new PlaywrightSignInPage(them).open().submit(username, UserMother.PASSWORD);
		assertThat(them).hasURL(Pattern.compile(".*/dashboard$"));

		new PlaywrightSignInPage(page).open().submit(UserMother.ADMIN_USERNAME, UserMother.ADMIN_PASSWORD);
		assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Admin").setExact(true)).click();
		assertThat(page.locator("h1")).hasText("Admin overview");
		assertThat(page.locator("#health-store")).containsText("Up");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users").setExact(true)).click();
		admin.searchUsers(username);
		// htmx searches as the admin types
		assertThat(page.locator("#user-table tbody tr")).hasCount(1);
		assertThat(page.locator("#user-count")).hasText("1 user");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(username).setExact(true)).click();
		assertThat(page.locator("h1")).hasText("User " + username);

		admin.adjustCash("75.25", "");
		assertThat(page.locator("#adjust-reason-error")).hasText("A reason is required");
		admin.adjustCash("75.25", "Goodwill for the outage");
		assertThat(page.locator("#flash [role=status]"))
			.hasText("Adjusted cash by +$75.25; the balance is now $75.25.");
		assertThat(page.locator("#user-balance")).hasText("$75.25");
		assertThat(page.locator("#ledger-table tbody tr").first()).containsText("Goodwill for the outage");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lock account").setExact(true)).click();
		assertThat(page.locator("h1")).hasText("Lock " + username + "?");
		admin.confirmLock("Suspicious activity");
		assertThat(page.locator("#flash [role=status]")).containsText("is locked");
		assertThat(page.locator("#user-status")).hasText("Locked");

		them.navigate("/account");
		assertThat(them).hasURL(Pattern.compile(".*/login$"));
		theirs.close();

		String symbol = assets.newSymbol("PW");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Assets").setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an asset").setExact(true)).click();
		admin.addAsset(symbol, "Playwright Coin", "test-coins", "A coin the browser test adds.", "3.75");
		assertThat(page.locator("#flash [role=status]")).hasText(symbol + " added to the catalogue.");

		page.navigate("/market/" + symbol);
		assertThat(page.locator("#buy-link")).isVisible();
		page.navigate("/admin/assets");
		admin.suspend(symbol);
		assertThat(page.locator("#flash [role=status]")).hasText("Trading in " + symbol + " is suspended.");
		page.navigate("/market/" + symbol);
		assertThat(page.locator("#buy-link")).hasCount(0);
		assertThat(page.locator("#sell-link")).hasCount(0);
		assertThat(page.getByText("Trading suspended")).isVisible();

		String trader = UserMother.uniqueUsername("pwo");
		String orderId = OrderMother.traderWithOneOrder(new HttpTestClient(port), trader);
		page.navigate("/admin/orders");
		assertThat(page.locator("h1")).hasText("All orders");
		admin.filterOrders(trader);
		assertThat(page.locator("#order-table tbody tr")).hasCount(1);
		assertThat(page.locator("#order-" + orderId)).containsText("Market buy");
		assertThat(page.locator("#order-" + orderId)).containsText("Filled");

		page.navigate("/admin/audit");
		admin.filterAudit(username, null);
		Locator rows = page.locator("#audit-table tbody tr");
		assertThat(rows.filter(new Locator.FilterOptions().setHasText("admin.user_locked")))
			.containsText("Suspicious activity");
		assertThat(rows.filter(new Locator.FilterOptions().setHasText("admin.cash_adjusted")))
			.containsText("Goodwill for the outage");
		assertThat(rows.filter(new Locator.FilterOptions().setHasText("admin.user_locked"))).containsText("demo_admin");
		admin.filterAudit(symbol, "admin.asset_changed");
		assertThat(rows).hasCount(1);
		assertThat(rows.first()).containsText("is_active: false");
	}

}
