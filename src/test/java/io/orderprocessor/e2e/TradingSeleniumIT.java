package io.orderprocessor.e2e;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import io.orderprocessor.e2e.pages.SeleniumSignInPage;
import io.orderprocessor.order.OrderQueries;
import io.orderprocessor.order.OrderQuery;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.TestPrices;
import io.orderprocessor.support.browser.SeleniumBrowserTest;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trading journey in Selenium: deposit, buy at market through the review step (a
 * double click places one order), sell part, place and cancel a limit order, the
 * portfolio's P/L and the asset's history, the dashboard updating in place.
 */
class TradingSeleniumIT extends SeleniumBrowserTest {

	@Autowired
	TestPrices prices;

	@Autowired
	OrderQueries orders;

	@Test
	void depositBuySellLimitCancelPortfolioAndDashboard() {
		prices.pin("BTC", "40000.00");
		String username = UserMother.uniqueUsername("set");
		UserMother.registeredToken(new HttpTestClient(port), username);
		new SeleniumSignInPage(driver, port).open().submit(username, UserMother.PASSWORD);
		await().until(ExpectedConditions.urlMatches(".*/dashboard$"));

		open("/account");
		type("deposit-amount", "10000");
		driver.findElement(By.xpath("//form[@id='deposit-form']//button[normalize-space()='Deposit']")).click();
		awaitFlash("Successfully deposited $10,000.00");

		open("/trading?asset=BTC&side=buy");
		type("order-quantity", "0.1");
		await().until(ExpectedConditions.textToBe(By.id("preview-total"), "$4,000.00"));
		driver.findElement(By.id("review-order")).click();
		await().until(ExpectedConditions.textToBe(By.id("review-summary"), "Buy 0.1 BTC at market, about $4,000.00"));
		new Actions(driver).doubleClick(driver.findElement(By.id("confirm-order"))).perform();
		awaitFlash("Bought 0.1 BTC at $40,000.00 for $4,000.00");
		await().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#recent-orders-table tbody tr"), 1));
		assertThat(orders.orders(username, OrderQuery.latest(10)).totalCount()).as("one order for a double click")
			.isEqualTo(1);

		driver.findElement(By.cssSelector("label[for=side-sell]")).click();
		type("order-quantity", "0.04");
		await().until(ExpectedConditions.textToBe(By.id("preview-total"), "$1,600.00"));
		driver.findElement(By.id("review-order")).click();
		await().until(ExpectedConditions.textToBe(By.id("review-summary"), "Sell 0.04 BTC at market, about $1,600.00"));
		driver.findElement(By.id("confirm-order")).click();
		awaitFlash("Sold 0.04 BTC at $40,000.00 for $1,600.00");
		await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("holding-owned"), "0.06 BTC"));

		driver.findElement(By.cssSelector("label[for=side-buy]")).click();
		driver.findElement(By.cssSelector("label[for=type-limit]")).click();
		type("order-quantity", "0.01");
		type("order-price", "30000");
		await().until(ExpectedConditions.textToBe(By.id("preview-total"), "$300.00"));
		driver.findElement(By.id("review-order")).click();
		await().until(ExpectedConditions.textToBe(By.id("review-summary"),
				"Buy 0.01 BTC at $30,000.00 or less, about $300.00"));
		driver.findElement(By.id("confirm-order")).click();
		awaitFlash("Buy 0.01 BTC at $30,000.00 or less: order placed, $300.00 held until it fills or you cancel it");
		await().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#open-orders-table tbody tr"), 1));
		driver.findElement(By.cssSelector("#open-orders-table button[type=submit]")).click();
		awaitFlash("Order cancelled: Buy 0.01 BTC at $30,000.00 or less");
		await().until(ExpectedConditions.numberOfElementsToBe(By.id("open-orders-table"), 0));

		prices.pin("BTC", "45000.00");
		open("/portfolio");
		assertThat(driver.findElement(By.id("holding-BTC")).getText()).contains("$2,700.00");
		assertThat(driver.findElement(By.id("total-pnl")).getText()).contains("+$300.00");
		driver.findElement(By.cssSelector("#holding-BTC a")).click();
		await().until(ExpectedConditions.urlMatches(".*/portfolio/BTC$"));
		var rows = driver.findElements(By.cssSelector("#asset-history-table tbody tr"));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).getText()).contains("Sell");
		assertThat(rows.get(1).getText()).contains("Buy");

		open("/dashboard");
		assertThat(driver.findElement(By.id("summary-holdings")).getText()).isEqualTo("$2,700.00");
		prices.pin("BTC", "50000.00");
		waitUpTo(Duration.ofSeconds(25)).until(ExpectedConditions.textToBe(By.id("summary-holdings"), "$3,000.00"));
	}

	private static void type(String id, String text) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private void awaitFlash(String text) {
		await().until(ExpectedConditions.textToBe(By.cssSelector("#flash [role=status]"), text));
	}

}
