package io.orderprocessor.e2e;

import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.orderprocessor.e2e.pages.PlaywrightChartPage;
import io.orderprocessor.e2e.pages.PlaywrightSignInPage;
import io.orderprocessor.order.OrderService;
import io.orderprocessor.order.PlaceOrder;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.browser.PlaywrightBrowserTest;
import io.orderprocessor.user.CashService;
import io.orderprocessor.user.UserMother;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The interactive charts in Playwright: the asset page's uPlot chart with axes, a readout
 * under the pointer and by keyboard, ranges, candles; the portfolio value on the
 * dashboard; the server's SVG without JavaScript; a phone's width.
 */
class ChartsPlaywrightIT extends PlaywrightBrowserTest {

	@Autowired
	CashService cash;

	@Autowired
	OrderService orders;

	@Test
	void theAssetChartHasAxesAReadoutUnderThePointerAndByKeyboard() {
		page.setViewportSize(1440, 900);
		PlaywrightChartPage chart = PlaywrightChartPage.asset(page, "BTC", null);

		assertThat(chart.plot()).isVisible();
		assertThat(chart.axes()).hasCount(2);
		assertThat(chart.svg()).isHidden();

		chart.hover(0.25);
		assertThat(chart.readout())
			.hasText(Pattern.compile("Time \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC: Price \\$[\\d,]+\\.\\d\\d"));
		String hovered = chart.readout().textContent();
		chart.hover(0.75);
		assertThat(chart.readout()).not().hasText(hovered);

		chart.press("End");
		String last = chart.readout().textContent();
		chart.press("ArrowLeft");
		assertThat(chart.readout()).not().hasText(last);
		assertThat(chart.readout()).hasAttribute("aria-live", "polite");
		chart.press("ArrowRight");
		assertThat(chart.readout()).hasText(last);
		chart.screenshot("chart-asset-1440.png");
	}

	@Test
	void aRangeLinkSwapsTheChartAndTheCandleViewDrawsCandles() {
		page.setViewportSize(1440, 900);
		PlaywrightChartPage chart = PlaywrightChartPage.asset(page, "ETH", "30d");
		String month = chart.data();

		chart.range("7d");
		assertThat(page).hasURL(Pattern.compile(".*/market/ETH\\?range=7d$"));
		assertThat(chart.plot()).isVisible();
		Assertions.assertThat(chart.data()).isNotEqualTo(month);
		assertThat(page.locator("#price-chart-plot")).hasAttribute("aria-label", Pattern.compile("last 7 days.*"));

		String line = chart.pixels();
		chart.candles();
		Assertions.assertThat(chart.pixels()).as("the candle view draws something else").isNotEqualTo(line);
		chart.hover(0.5);
		assertThat(chart.readout()).hasText(Pattern.compile(".*Open \\$.*High \\$.*Low \\$.*Close \\$.*Volume \\$.*"));
		chart.screenshot("chart-candles-1440.png");
	}

	@Test
	void thePortfolioValueChartIsOnTheDashboard() {
		String username = UserMother.apiUser(new HttpTestClient(port), "chart").username();
		cash.deposit(username, "10000");
		orders.place(username, PlaceOrder.of("market_buy", "BTC", "0.05", null, null));
		page.setViewportSize(1440, 900);
		new PlaywrightSignInPage(page).open().submit(username, UserMother.PASSWORD);
		assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));

		PlaywrightChartPage value = new PlaywrightChartPage(page, "value");
		assertThat(value.svg()).isVisible();
		Assertions.assertThat(page.evaluate("typeof uPlot"))
			.as("uPlot waits until the chart is reached")
			.isEqualTo("undefined");
		value.reach();
		assertThat(value.plot()).isVisible();
		assertThat(value.axes()).hasCount(2);
		value.hover(0.9);
		assertThat(value.readout()).hasText(Pattern.compile("Time .* UTC: Value \\$[\\d,]+\\.\\d\\d"));
		value.screenshot("chart-dashboard-1440.png");

		page.navigate("/portfolio");
		assertThat(value.svg()).isVisible();
		// by keyboard: the server's chart takes the focus, and the live one takes it over
		value.svg().focus();
		assertThat(value.plot()).isFocused();
	}

	@Test
	void withoutJavaScriptTheServersSvgAndTheTableAreThere() {
		try (BrowserContext noScript = browserWithoutJavaScript()) {
			Page plain = noScript.newPage();
			PlaywrightChartPage chart = PlaywrightChartPage.asset(plain, "BTC", null);

			assertThat(chart.svg()).isVisible();
			assertThat(plain.locator("#price-chart polyline")).hasAttribute("points", Pattern.compile("\\d.*"));
			assertThat(plain.locator("#price-chart-plot")).isHidden();
			assertThat(plain.locator("#price-chart-summary")).containsText("Close");
			plain.locator("#price-chart-table summary").click();
			assertThat(plain.locator("#price-chart-table tbody tr").first()).isVisible();

			plain.locator("#range-1y").click();
			assertThat(plain).hasURL(Pattern.compile(".*/market/BTC\\?range=1y$"));
			assertThat(plain.locator("#range-1y")).hasAttribute("aria-current", "page");
			assertThat(chart.svg()).isVisible();
		}
	}

	@Test
	void onAPhoneTheChartFitsTheScreen() {
		page.setViewportSize(375, 740);
		PlaywrightChartPage chart = PlaywrightChartPage.asset(page, "BTC", null);

		double right = chart.plot().boundingBox().x + chart.plot().boundingBox().width;
		Assertions.assertThat(right).isLessThanOrEqualTo(375);
		Assertions
			.assertThat((Boolean) page.evaluate("() => document.getElementById('price-chart-panel').scrollWidth <= "
					+ "document.getElementById('price-chart-panel').clientWidth"))
			.as("nothing in the chart panel scrolls sideways")
			.isTrue();
		chart.press("Home");
		assertThat(chart.readout()).containsText("Price $");
		chart.screenshot("chart-asset-375.png");
	}

}
