package io.orderprocessor.e2e;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.orderprocessor.support.browser.SeleniumBrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The market in Chromium through Selenium. The table refreshes itself every 5 s, so
 * elements are looked up afresh for every step.
 */
class MarketSeleniumIT extends SeleniumBrowserTest {

	static final By ROWS = By.cssSelector("#asset-table tbody tr");

	static final By COUNT = By.id("market-count");

	@AfterEach
	void desktopSize() {
		driver.manage().window().setSize(new Dimension(1280, 900));
	}

	@Test
	void searchNarrowsTheListAsYouTypeAndKeepsItInTheUrl() {
		open("/market");
		assertThat(driver.findElements(ROWS)).hasSize(25);

		driver.findElement(By.id("market-q")).sendKeys("doge");

		await().until(d -> rowSymbols().equals(List.of("DOGE")));
		await().until(ExpectedConditions.urlContains("q=doge"));
		driver.navigate().refresh();
		await().until(d -> rowSymbols().equals(List.of("DOGE")));
		assertThat(driver.findElement(By.id("market-q")).getAttribute("value")).isEqualTo("doge");
	}

	@Test
	void sortingAndPagingChangeTheUrlAndSurviveReloadAndBack() {
		open("/market");

		click(By.id("sort-price"));
		await().until(ExpectedConditions.urlContains("sort=price"));
		assertThat(driver.getCurrentUrl()).contains("dir=desc");
		assertThat(sortOf("sort-price")).isEqualTo("descending");

		click(By.id("page-next"));
		await().until(ExpectedConditions.urlContains("page=2"));
		await().until(ExpectedConditions.textToBe(COUNT, "Showing 26-50 of 116 assets"));

		driver.navigate().refresh();
		await().until(ExpectedConditions.textToBe(COUNT, "Showing 26-50 of 116 assets"));
		assertThat(sortOf("sort-price")).isEqualTo("descending");

		driver.navigate().back();
		await().until(ExpectedConditions.not(ExpectedConditions.urlContains("page=2")));
		await().until(ExpectedConditions.textToBe(COUNT, "Showing 1-25 of 116 assets"));
		assertThat(driver.getCurrentUrl()).contains("sort=price");
		assertThat(sortOf("sort-price")).isEqualTo("descending");
	}

	@Test
	void anAssetPageShowsAChartAndItsBuyLinkLeadsAnonymousUsersToSignIn() {
		open("/market");
		click(By.id("asset-BTC"));
		await().until(ExpectedConditions.urlContains("/market/BTC"));

		assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Bitcoin");
		// the interactive chart (charts.js) in place of the server's SVG
		WebElement chart = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("price-chart-plot")));
		assertThat(chart.getAttribute("aria-label")).contains("Bitcoin price");
		assertThat(driver.findElement(By.cssSelector("#price-chart polyline")).getAttribute("points")).isNotBlank();

		click(By.id("range-30d"));
		await().until(ExpectedConditions.urlContains("range=30d"));

		click(By.id("buy-link"));
		await().until(ExpectedConditions.urlContains("/login"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
	}

	@Test
	void theMarketIsUsableOnAPhone() {
		driver.manage().window().setSize(new Dimension(375, 800));
		open("/market");

		JavascriptExecutor js = (JavascriptExecutor) driver;
		assertThat(js.executeScript("return document.documentElement.scrollWidth > window.innerWidth"))
			.as("no horizontal page scrolling at 375 px")
			.isEqualTo(false);
		assertThat(js
			.executeScript("const w = document.querySelector('.table-wrap'); return w.scrollWidth > w.clientWidth"))
			.as("the table scrolls inside its wrapper")
			.isEqualTo(true);
		assertThat(driver.findElement(By.id("market-q")).isDisplayed()).isTrue();
	}

	private List<String> rowSymbols() {
		try {
			return driver.findElements(ROWS).stream().map(row -> row.getAttribute("data-symbol")).toList();
		}
		catch (StaleElementReferenceException swapped) {
			return List.of();
		}
	}

	/**
	 * The column's aria-sort, looked up again if the price refresh replaced the table.
	 */
	private String sortOf(String linkId) {
		return await().ignoring(StaleElementReferenceException.class)
			.until(d -> d.findElement(By.xpath("//a[@id='" + linkId + "']/ancestor::th")).getAttribute("aria-sort"));
	}

	/**
	 * Clicks, looking the element up again if the price refresh replaced it meanwhile.
	 */
	private void click(By by) {
		await().ignoring(StaleElementReferenceException.class).until(d -> {
			d.findElement(by).click();
			return true;
		});
	}

}
