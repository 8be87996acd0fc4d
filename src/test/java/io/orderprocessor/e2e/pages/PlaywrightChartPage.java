package io.orderprocessor.e2e.pages;

import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A chart of the asset page ({@code price}) or of the portfolio value ({@code value}) in
 * Playwright: the uPlot chart that charts.js draws, its crosshair readout, the range
 * links and the view buttons.
 */
public final class PlaywrightChartPage {

	private final Page page;

	private final String name;

	/**
	 * @param name {@code price} or {@code value}: the prefix of the chart's ids
	 */
	public PlaywrightChartPage(Page page, String name) {
		this.page = page;
		this.name = name;
	}

	public static PlaywrightChartPage asset(Page page, String symbol, String range) {
		page.navigate("/market/" + symbol + (range == null ? "" : "?range=" + range));
		return new PlaywrightChartPage(page, "price");
	}

	/** The uPlot chart, once charts.js has drawn it. */
	public Locator plot() {
		Locator plot = page.locator("#" + name + "-chart-plot");
		assertThat(plot.locator(".uplot canvas")).isVisible();
		return plot;
	}

	/**
	 * Points at the server's chart, as a value chart (on demand) wants before charts.js
	 * fetches uPlot and draws the live one.
	 */
	public PlaywrightChartPage reach() {
		svg().hover();
		return this;
	}

	/** The server's SVG chart, which the live chart replaces. */
	public Locator svg() {
		return page.locator("price".equals(name) ? "#price-chart" : "#value-chart-svg");
	}

	public Locator axes() {
		return plot().locator(".u-axis");
	}

	public Locator readout() {
		return page.locator("#" + name + "-chart-readout");
	}

	/** Moves the pointer over the plot, {@code fraction} of its width from the left. */
	public PlaywrightChartPage hover(double fraction) {
		Locator over = plot().locator(".u-over");
		double width = over.boundingBox().width;
		double height = over.boundingBox().height;
		over.hover(new Locator.HoverOptions().setPosition(width * fraction, height / 2));
		return this;
	}

	/** Focuses the chart with Tab-like focus and presses a key on it. */
	public PlaywrightChartPage press(String key) {
		plot().focus();
		plot().press(key);
		return this;
	}

	public PlaywrightChartPage range(String code) {
		page.locator("#range-" + code).click();
		assertThat(page.locator("#range-" + code)).hasAttribute("aria-current", "page");
		return this;
	}

	public String data() {
		return page.locator("#" + name + "-chart-plot").getAttribute("data-chart");
	}

	public PlaywrightChartPage candles() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Candles")).click();
		assertThat(plot()).hasClass(Pattern.compile(".*chart-plot--candles.*"));
		return this;
	}

	/** The plot's pixels as a data URL, to tell one drawing from another. */
	public String pixels() {
		return (String) plot().locator("canvas").evaluate("canvas => canvas.toDataURL()");
	}

	public void screenshot(String file) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", file)).setFullPage(true));
	}

}
