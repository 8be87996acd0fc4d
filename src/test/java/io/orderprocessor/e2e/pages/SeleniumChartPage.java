package io.orderprocessor.e2e.pages;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The asset page's price chart in Selenium: the uPlot chart, its readout, the keyboard.
 */
public final class SeleniumChartPage {

	private final WebDriver driver;

	private final WebDriverWait wait;

	public SeleniumChartPage(WebDriver driver) {
		this.driver = driver;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
	}

	/** The uPlot chart, once charts.js has drawn it. */
	public WebElement plot() {
		return wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#price-chart-plot .uplot canvas")))
			.findElement(By.xpath("ancestor::*[@id='price-chart-plot']"));
	}

	public int axes() {
		return plot().findElements(By.cssSelector(".u-axis")).size();
	}

	public String readout() {
		return driver.findElement(By.id("price-chart-readout")).getText();
	}

	/**
	 * Moves the pointer over the plot, {@code fraction} of its width from the left, and
	 * waits for the readout to change.
	 */
	public String hover(double fraction) {
		WebElement over = plot().findElement(By.cssSelector(".u-over"));
		String before = readout();
		int width = over.getRect().getWidth();
		// Selenium 4 offsets are from the element's centre
		new Actions(driver).moveToElement(over, (int) (width * (fraction - 0.5)), 0).perform();
		wait.until(d -> !readout().equals(before));
		return readout();
	}

	/**
	 * Focuses the chart (as Tab would) and presses a key; waits for the readout to
	 * change.
	 */
	public String press(Keys key) {
		WebElement plot = plot();
		((JavascriptExecutor) driver).executeScript("arguments[0].focus()", plot);
		String before = readout();
		new Actions(driver).sendKeys(key).perform();
		wait.until(d -> !readout().equals(before));
		return readout();
	}

}
