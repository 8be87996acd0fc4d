package io.orderprocessor.e2e;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import io.orderprocessor.e2e.pages.AdminPages;
import io.orderprocessor.e2e.pages.SeleniumAdminPages;
import io.orderprocessor.e2e.pages.SeleniumSignInPage;
import io.orderprocessor.inventory.InventoryService;
import io.orderprocessor.order.OrderMother;
import io.orderprocessor.platform.store.Store;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.TestAssets;
import io.orderprocessor.support.browser.SeleniumBrowserTest;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin's day in Selenium: find a user, adjust their cash with a reason, lock them
 * (their own open browser is signed out on its next page load), add and suspend an asset
 * (its trade buttons disappear from the market), see a trader's order among all orders,
 * and find all of it in the audit log.
 */
class AdminSeleniumIT extends SeleniumBrowserTest {

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
		AdminPages admin = new SeleniumAdminPages(driver);
		String username = UserMother.uniqueUsername("sea");
		UserMother.registeredToken(new HttpTestClient(port), username);
		ChromeDriver theirs = otherBrowser();
		try {
			new SeleniumSignInPage(theirs, port).open().submit(username, UserMother.PASSWORD);
			new WebDriverWait(theirs, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/dashboard$"));

			new SeleniumSignInPage(driver, port).open().submit(UserMother.ADMIN_USERNAME, UserMother.ADMIN_PASSWORD);
			await().until(ExpectedConditions.urlMatches(".*/dashboard$"));
			driver.findElement(By.linkText("Admin")).click();
			await().until(ExpectedConditions.textToBe(By.tagName("h1"), "Admin overview"));

			driver.findElement(By.cssSelector("#admin-nav")).findElement(By.linkText("Users")).click();
			await().until(ExpectedConditions.textToBe(By.tagName("h1"), "Users"));
			admin.searchUsers(username);
			// htmx searches as the admin types
			await().until(ExpectedConditions.textToBe(By.id("user-count"), "1 user"));
			driver.findElement(By.linkText(username)).click();
			await().until(ExpectedConditions.textToBe(By.tagName("h1"), "User " + username));

			admin.adjustCash("-5", "Fee");
			await().until(ExpectedConditions.visibilityOfElementLocated(By.id("adjust-amount-error")));
			assertThat(driver.findElement(By.id("adjust-amount-error")).getText()).contains("below $0.00");

			admin.adjustCash("120", "Welcome bonus");
			await().until(ExpectedConditions.textToBe(By.cssSelector("#flash [role=status]"),
					"Adjusted cash by +$120.00; the balance is now $120.00."));
			assertThat(driver.findElement(By.id("user-balance")).getText()).isEqualTo("$120.00");

			driver.findElement(By.id("lock-link")).click();
			await().until(ExpectedConditions.textToBe(By.tagName("h1"), "Lock " + username + "?"));
			admin.confirmLock("Chargeback pattern");
			await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#flash [role=status]"),
					"is locked"));
			assertThat(driver.findElement(By.id("user-status")).getText()).isEqualTo("Locked");

			theirs.get("http://127.0.0.1:" + port + "/account");
			new WebDriverWait(theirs, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/login$"));
		}
		finally {
			theirs.quit();
		}

		String symbol = assets.newSymbol("SE");
		open("/admin/assets/new");
		admin.addAsset(symbol, "Selenium Coin", "test-coins", "A coin the Selenium test adds.", "0.5");
		await().until(ExpectedConditions.textToBe(By.cssSelector("#flash [role=status]"),
				symbol + " added to the catalogue."));
		open("/market/" + symbol);
		assertThat(driver.findElements(By.id("buy-link"))).hasSize(1);

		open("/admin/assets");
		admin.suspend(symbol);
		await().until(ExpectedConditions.textToBe(By.cssSelector("#flash [role=status]"),
				"Trading in " + symbol + " is suspended."));
		open("/market/" + symbol);
		assertThat(driver.findElements(By.id("buy-link"))).isEmpty();
		assertThat(driver.findElements(By.id("sell-link"))).isEmpty();
		assertThat(driver.getPageSource()).contains("Trading suspended");

		String trader = UserMother.uniqueUsername("seo");
		String orderId = OrderMother.traderWithOneOrder(new HttpTestClient(port), trader);
		open("/admin/orders");
		admin.filterOrders(trader);
		await().until(ExpectedConditions.urlContains("user=" + trader));
		assertThat(driver.findElements(By.cssSelector("#order-table tbody tr"))).hasSize(1);
		assertThat(driver.findElement(By.id("order-" + orderId)).getText()).contains("Market buy", "Filled");

		open("/admin/audit");
		admin.filterAudit(username, null);
		await().until(ExpectedConditions.urlContains("target=" + username));
		List<WebElement> rows = driver.findElements(By.cssSelector("#audit-table tbody tr"));
		assertThat(rows).anySatisfy(row -> assertThat(row.getText()).contains("admin.user_locked", "demo_admin",
				"Chargeback pattern", "127.0.0.1"));
		assertThat(rows).anySatisfy(
				row -> assertThat(row.getText()).contains("admin.cash_adjusted", "demo_admin", "Welcome bonus"));

		admin.filterAudit(symbol, "admin.asset_changed");
		await().until(ExpectedConditions.urlContains("target=" + symbol));
		assertThat(driver.findElements(By.cssSelector("#audit-table tbody tr"))).singleElement()
			.satisfies(row -> assertThat(row.getText()).contains("admin.asset_changed", "is_active: false"));
	}

	private ChromeDriver otherBrowser() {
		return newChrome();
	}

}
