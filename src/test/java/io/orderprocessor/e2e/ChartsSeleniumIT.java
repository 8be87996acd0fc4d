package io.orderprocessor.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.orderprocessor.e2e.pages.SeleniumChartPage;
import io.orderprocessor.support.browser.SeleniumBrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The asset page's interactive chart in Chromium through Selenium: hover and keyboard.
 */
class ChartsSeleniumIT extends SeleniumBrowserTest {

	@AfterEach
	void desktopSize() {
		driver.manage().window().setSize(new Dimension(1280, 900));
	}

	@Test
	void hoveringShowsThePriceAndTimeUnderThePointerAndArrowKeysMoveIt() {
		driver.manage().window().setSize(new Dimension(1440, 900));
		open("/market/BTC?range=1d");
		SeleniumChartPage chart = new SeleniumChartPage(driver);

		assertThat(chart.plot().isDisplayed()).isTrue();
		assertThat(chart.axes()).isEqualTo(2);
		assertThat(driver.findElement(By.id("price-chart")).isDisplayed()).as("the SVG gives way").isFalse();

		String left = chart.hover(0.2);
		assertThat(left).matches("Time \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC: Price \\$[\\d,]+\\.\\d\\d");
		String right = chart.hover(0.8);
		assertThat(right).isNotEqualTo(left).startsWith("Time ");

		String before = chart.press(Keys.ARROW_LEFT);
		String after = chart.press(Keys.ARROW_RIGHT);
		assertThat(after).isNotEqualTo(before).contains("Price $");
		chart.press(Keys.HOME);
		assertThat(chart.readout()).contains("Price $");
	}

	@Test
	void theRangeLinksSwapTheChartInPlace() {
		open("/market/BTC");
		SeleniumChartPage chart = new SeleniumChartPage(driver);
		String week = chart.plot().getAttribute("data-chart");

		driver.findElement(By.id("range-1y")).click();
		// htmx replaces the panel, settles its attributes, then charts.js draws the plot:
		// an element found in between may be detached before it is read
		await().ignoring(StaleElementReferenceException.class)
			.until(ExpectedConditions.attributeToBe(By.id("range-1y"), "aria-current", "page"));
		await().ignoring(StaleElementReferenceException.class)
			.until(d -> !week.equals(chart.plot().getAttribute("data-chart")));
		assertThat(driver.getCurrentUrl()).endsWith("/market/BTC?range=1y");
	}

}
