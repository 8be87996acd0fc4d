package io.orderprocessor.e2e;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import io.orderprocessor.inventory.InventoryService;
import io.orderprocessor.order.OrderMother;
import io.orderprocessor.platform.store.Store;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.TestAssets;
import io.orderprocessor.support.browser.Chromium;
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
		String username = UserMother.uniqueUsername("sea");
		UserMother.registeredToken(new HttpTestClient(port), username);
		ChromeDriver theirs = otherBrowser();
		try {
			theirs.get(url("/login"));
			theirs.findElement(By.id("username")).sendKeys(username);
			theirs.findElement(By.id("password")).sendKeys(UserMother.PASSWORD);
			theirs.findElement(By.cssSelector("#login-form button[type=submit]")).click();
			new WebDriverWait(theirs, java.time.Duration.ofSeconds(10))
				.until(ExpectedConditions.urlMatches(".*/dashboard$"));

			open("/login");
			type("username", "demo_admin");
			type("password", UserMother.ADMIN_PASSWORD);
			driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
			await().until(ExpectedConditions.urlMatches(".*/dashboard$"));
			driver.findElement(By.linkText("Admin")).click();
			await().until(ExpectedConditions.textToBe(By.tagName("h1"), "Admin overview"));

			driver.findElement(By.cssSelector("#admin-nav")).findElement(By.linkText("Users")).click();
			await().until(ExpectedConditions.textToBe(By.tagName("h1"), "Users"));
			type("user-q", username);
			// htmx searches as the admin types
			await().until(ExpectedConditions.textToBe(By.id("user-count"), "1 user"));
			driver.findElement(By.linkText(username)).click();
			await().until(ExpectedConditions.textToBe(By.tagName("h1"), "User " + username));

			type("adjust-amount", "-5");
			type("adjust-reason", "Fee");
			driver.findElement(By.cssSelector("#adjust-form button[type=submit]")).click();
			await().until(ExpectedConditions.visibilityOfElementLocated(By.id("adjust-amount-error")));
			assertThat(driver.findElement(By.id("adjust-amount-error")).getText()).contains("below $0.00");

			type("adjust-amount", "120");
			type("adjust-reason", "Welcome bonus");
			driver.findElement(By.cssSelector("#adjust-form button[type=submit]")).click();
			await().until(ExpectedConditions.textToBe(By.cssSelector("#flash [role=status]"),
					"Adjusted cash by +$120.00; the balance is now $120.00."));
			assertThat(driver.findElement(By.id("user-balance")).getText()).isEqualTo("$120.00");

			driver.findElement(By.id("lock-link")).click();
			await().until(ExpectedConditions.textToBe(By.tagName("h1"), "Lock " + username + "?"));
			type("confirm-reason", "Chargeback pattern");
			driver.findElement(By.cssSelector("#confirm-form button[type=submit]")).click();
			await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#flash [role=status]"),
					"is locked"));
			assertThat(driver.findElement(By.id("user-status")).getText()).isEqualTo("Locked");

			theirs.get(url("/account"));
			new WebDriverWait(theirs, java.time.Duration.ofSeconds(10))
				.until(ExpectedConditions.urlMatches(".*/login$"));
		}
		finally {
			theirs.quit();
		}

		String symbol = assets.newSymbol("SE");
		open("/admin/assets/new");
		type("asset-symbol", symbol);
		type("asset-name", "Selenium Coin");
		type("asset-category", "test-coins");
		type("asset-description", "A coin the Selenium test adds.");
		type("asset-price", "0.5");
		driver.findElement(By.cssSelector("#new-asset-form button[type=submit]")).click();
		await().until(ExpectedConditions.textToBe(By.cssSelector("#flash [role=status]"),
				symbol + " added to the catalogue."));
		open("/market/" + symbol);
		assertThat(driver.findElements(By.id("buy-link"))).hasSize(1);

		open("/admin/assets");
		driver.findElement(By.xpath("//button[normalize-space()='Suspend " + symbol + "']")).click();
		await().until(ExpectedConditions.textToBe(By.cssSelector("#flash [role=status]"),
				"Trading in " + symbol + " is suspended."));
		open("/market/" + symbol);
		assertThat(driver.findElements(By.id("buy-link"))).isEmpty();
		assertThat(driver.findElements(By.id("sell-link"))).isEmpty();
		assertThat(driver.getPageSource()).contains("Trading suspended");

		String trader = UserMother.uniqueUsername("seo");
		String orderId = OrderMother.traderWithOneOrder(new HttpTestClient(port), trader);
		open("/admin/orders");
		type("order-user", trader);
		driver.findElement(By.cssSelector("#order-filter button[type=submit]")).click();
		await().until(ExpectedConditions.urlContains("user=" + trader));
		assertThat(driver.findElements(By.cssSelector("#order-table tbody tr"))).hasSize(1);
		assertThat(driver.findElement(By.id("order-" + orderId)).getText()).contains("Market buy", "Filled");

		open("/admin/audit");
		type("audit-target", username);
		driver.findElement(By.cssSelector("#audit-filter button[type=submit]")).click();
		await().until(ExpectedConditions.urlContains("target=" + username));
		List<WebElement> rows = driver.findElements(By.cssSelector("#audit-table tbody tr"));
		assertThat(rows).anySatisfy(row -> assertThat(row.getText()).contains("admin.user_locked", "demo_admin",
				"Chargeback pattern", "127.0.0.1"));
		assertThat(rows).anySatisfy(
				row -> assertThat(row.getText()).contains("admin.cash_adjusted", "demo_admin", "Welcome bonus"));

		type("audit-target", symbol);
		new Select(driver.findElement(By.id("audit-type"))).selectByValue("admin.asset_changed");
		driver.findElement(By.cssSelector("#audit-filter button[type=submit]")).click();
		await().until(ExpectedConditions.urlContains("target=" + symbol));
		assertThat(driver.findElements(By.cssSelector("#audit-table tbody tr"))).singleElement()
			.satisfies(row -> assertThat(row.getText()).contains("admin.asset_changed", "is_active: false"));
	}

	private ChromeDriver otherBrowser() {
		return newChrome();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	private static void type(String id, String text) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

}
