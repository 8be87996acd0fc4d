package io.orderprocessor.e2e;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.orderprocessor.e2e.pages.SeleniumSignInPage;
import io.orderprocessor.order.OrderMother;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.browser.SeleniumBrowserTest;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Selenium twin of {@link ResponsiveLayoutPlaywrightIT} for the market, the trade
 * page and the account at 375 and 1440 px (Chrome's device metrics): no sideways scroll,
 * prices, the open order's Cancel and the ledger's amount and balance on screen, and the
 * phone menu leading on.
 */
class ResponsiveLayoutSeleniumIT extends SeleniumBrowserTest {

	private String trader;

	@BeforeEach
	void aTraderWithHoldingsAnOpenOrderAndLedgerEntries() {
		trader = UserMother.uniqueUsername("rss");
		OrderMother.traderWithHoldingsAndAnOpenOrder(new HttpTestClient(port), trader,
				Map.of("BTC", "0.002", "DOGE", "1000"));
	}

	@AfterEach
	void windowSizeAgain() {
		clearViewport();
	}

	@ParameterizedTest(name = "at {0} px")
	@ValueSource(ints = { 375, 1440 })
	void marketTradeAndAccountFitWithTheirKeyFiguresOnScreen(int width) {
		emulateViewport(width, 900);
		open("/market");
		assertNoSidewaysScroll("market");
		awaitWithinWidth("BTC price", "#asset-table tr[data-symbol=BTC] td:nth-of-type(2)");
		awaitWithinWidth("BTC change", "#asset-table tr[data-symbol=BTC] .change");

		new SeleniumSignInPage(driver, port).open().submit(trader, UserMother.PASSWORD);
		await().until(ExpectedConditions.urlMatches(".*/dashboard$"));
		open("/trading?asset=BTC");
		assertNoSidewaysScroll("trading");
		await().ignoring(StaleElementReferenceException.class)
			.withMessage("the open order's Cancel on screen")
			.until(d -> reachable(d.findElement(By.cssSelector("#open-orders-table button"))));

		open("/account");
		assertNoSidewaysScroll("account");
		awaitWithinWidth("amount", "#ledger-table tbody tr:first-child td[data-label='Amount']");
		awaitWithinWidth("balance", "#ledger-table tbody tr:first-child td[data-label='Balance after']");
	}

	@Test
	void onAPhoneTheMenuOpensAndLeadsOn() {
		emulateViewport(375, 800);
		new SeleniumSignInPage(driver, port).open().submit(trader, UserMother.PASSWORD);
		await().until(ExpectedConditions.urlMatches(".*/dashboard$"));
		WebElement account = driver.findElement(By.cssSelector("nav.nav a[href='/account']"));
		assertThat(account.isDisplayed()).isFalse();
		WebElement toggle = driver.findElement(By.cssSelector("#menu > summary"));
		assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
		toggle.click();
		await().until(ExpectedConditions.visibilityOf(account));
		assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
		account.click();
		await().until(ExpectedConditions.urlMatches(".*/account$"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Account");
	}

	private void assertNoSidewaysScroll(String page) {
		Object wider = js().executeScript("return document.documentElement.scrollWidth > window.innerWidth");
		assertThat(wider).as(page + " scrolls sideways").isEqualTo(Boolean.FALSE);
	}

	/**
	 * Live refreshes replace the market table and its rows while the test reads them: the
	 * cell is found again until it is on screen (or the wait gives up and the test
	 * fails).
	 */
	private void awaitWithinWidth(String what, String cell) {
		await().ignoring(StaleElementReferenceException.class)
			.withMessage(what + " on screen")
			.until(d -> withinWidth(d.findElement(By.cssSelector(cell))));
	}

	private boolean withinWidth(WebElement element) {
		return Boolean.TRUE.equals(js().executeScript("const r = arguments[0].getBoundingClientRect();"
				+ " return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth + 0.5;", element));
	}

	private boolean reachable(WebElement element) {
		js().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		return Boolean.TRUE.equals(js().executeScript("const r = arguments[0].getBoundingClientRect();"
				+ " return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth + 0.5"
				+ " && r.top >= 0 && r.bottom <= window.innerHeight + 0.5;", element));
	}

	private static JavascriptExecutor js() {
		return (JavascriptExecutor) driver;
	}

}
