package io.orderprocessor.inventory.web;

import java.net.http.HttpResponse;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.support.StoreCalls;

import static org.assertj.core.api.Assertions.assertThat;

/** The market pages of the running application, anonymous. */
@IntegrationTest
class MarketPagesTest {

	@Autowired
	MeterRegistry meters;

	@Autowired
	HttpTestClient http;

	@Test
	void theMarketListAndAnAssetPageMakeNoStoreCall() {
		http.get("/market"); // warm up: anything lazy happens before we count
		StoreCalls calls = StoreCalls.since(meters);

		assertThat(http.get("/market").statusCode()).isEqualTo(200);
		assertThat(http.get("/market?q=eth&sort=price&dir=desc&size=50").statusCode()).isEqualTo(200);
		assertThat(http.send(http.request("/market").header("HX-Request", "true")).statusCode()).isEqualTo(200);
		assertThat(http.get("/market/BTC").statusCode()).isEqualTo(200);
		assertThat(http.get("/market/ETH?range=30d").statusCode()).isEqualTo(200);
		assertThat(http.get("/").statusCode()).isEqualTo(200);
		assertThat(http.getJson("/api/v1/inventory/assets?limit=250", null).statusCode()).isEqualTo(200);

		assertThat(calls.made()).as("store calls made by the market pages").isEmpty();
		assertThat(calls.before()).as("the meter does count calls (the catalogue was read at start)").isPositive();
	}

	@Test
	void theMarketListShowsAPageOfAssetsWithEverything() {
		String html = http.get("/market").body();

		assertThat(html)
			.contains("<h1 id=\"market-heading\">Market</h1>", "Showing 1-25 of 116 assets", "href=\"/market/BTC\"",
					"class=\"sparkline", "aria-sort=\"ascending\"", "scope=\"row\"", "Prices: Simulated market")
			.doesNotContain("style=\"");
		assertThat(html.split("<tr data-symbol=", -1)).hasSize(26);
	}

	@Test
	void badQueryParametersFallBackToDefaults() {
		HttpResponse<String> response = http.get("/market?page=-4&size=7&sort=colour&dir=sideways");
		HttpResponse<String> beyond = http.get("/market?page=999&size=100");
		HttpResponse<String> garbage = http.get("/market?page=abc&size=zz");
		// a control character is refused like everywhere else, never taken for a default
		HttpResponse<String> control = http.get("/market?size=%00");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Showing 1-25 of 116 assets");
		assertThat(beyond.statusCode()).isEqualTo(200);
		assertThat(beyond.body()).contains("Showing 101-116 of 116 assets");
		assertThat(garbage.statusCode()).isEqualTo(200);
		assertThat(control.statusCode()).isEqualTo(400);
	}

	@Test
	void searchTextIsEscaped() {
		String html = http.get("/market?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E").body();

		assertThat(html).doesNotContain("<script>alert(1)</script>")
			.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")
			.contains("No assets match your search.");
	}

	@Test
	void searchFilterAndSortNarrowAndOrderTheList() {
		String bitcoin = http.get("/market?q=BITCOIN").body();
		String memes = http.get("/market?category=meme&sort=name&dir=asc").body();

		assertThat(bitcoin).contains("data-symbol=\"BTC\"", "data-symbol=\"BCH\"")
			.doesNotContain("data-symbol=\"ETH\"");
		assertThat(memes).contains("data-symbol=\"BONK\"").doesNotContain("data-symbol=\"BTC\"");
		assertThat(memes.indexOf("data-symbol=\"BONK\"")).isLessThan(memes.indexOf("data-symbol=\"WIF\""));
	}

	@Test
	void theHtmxTwinAnswersWithTheTableOnly() {
		HttpResponse<String> response = http.send(http.request("/market?q=eth").header("HX-Request", "true"));

		assertThat(response.body()).startsWith("<div id=\"asset-table\"")
			.contains("data-symbol=\"ETH\"", "hx-swap-oob=\"true\"")
			.doesNotContain("<html");
	}

	@Test
	void anAssetPageHasItsFiguresAChartAndTradeLinks() {
		String html = http.get("/market/BTC?range=1d").body();

		assertThat(html)
			.contains("Bitcoin", "layer-1", "24h high", "Circulating supply", "21,000,000", "<svg id=\"price-chart\"",
					"<desc id=\"price-chart-desc\">From $", "href=\"/trading?asset=BTC&amp;side=buy\"",
					"href=\"/trading?asset=BTC&amp;side=sell\"", "aria-current=\"page\">1D</a>")
			.doesNotContain("style=\"")
			.doesNotContain("Trading suspended");
	}

	@Test
	void theThirtyDayChartCarriesItsCandlesAndATextAlternative() {
		String html = http.get("/market/BTC?range=30d").body();

		assertThat(html).contains("id=\"price-chart-plot\"", "data-chart=\"{&quot;t&quot;:[", "&quot;v&quot;:[",
				"data-chart-kind=\"price\"", "/webjars/uplot/", "/dist/uPlot.iife.min-", "/js/charts-", "/css/charts-",
				"aria-current=\"page\">30D</a>", "href=\"/market/BTC?range=1y\"", "Bitcoin price, last 30 days")
			.contains("id=\"price-chart-summary\"", "<dt>Open</dt>", "<dt>High</dt>", "<dt>Low</dt>", "<dt>Close</dt>",
					"<dt>Change</dt>")
			.contains("<details id=\"price-chart-table\"", "<th scope=\"col\" class=\"num\">Volume</th>")
			.contains("<svg id=\"price-chart\"")
			.doesNotContain("id=\"range-unknown\"");
		// one row per candle: 30 days of 8-hour candles, the first one begun before the
		// range
		int rows = html.split("<th scope=\"row\">", -1).length - 1;
		assertThat(rows).isBetween(90, 91);
	}

	@Test
	void anUnknownRangeFallsBackToSevenDaysAndSaysSo() {
		HttpResponse<String> response = http.get("/market/BTC?range=5y");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"range-unknown\"", "There is no chart range &quot;5y&quot;",
				"showing the last 7 days", "aria-current=\"page\">7D</a>");
	}

	@Test
	void aRangeLinkFollowedWithHtmxGetsTheChartPanelOnly() {
		HttpResponse<String> response = http.send(http.request("/market/BTC?range=1d")
			.header("HX-Request", "true")
			.header("HX-Target", "price-chart-panel"));

		assertThat(response.body()).startsWith("<section id=\"price-chart-panel\"")
			.contains("aria-current=\"page\">1D</a>", "data-chart=")
			.doesNotContain("id=\"asset-live\"", "<html");

		HttpResponse<String> live = http
			.send(http.request("/market/BTC").header("HX-Request", "true").header("HX-Target", "asset-live"));
		assertThat(live.body()).startsWith("<div id=\"asset-live\"")
			.contains("id=\"asset-stats\"", "hx-swap-oob=\"true\"", "Circulating supply")
			.doesNotContain("price-chart-panel");
	}

	@Test
	void inactiveAssetsShowTradingSuspendedAndNoTradeLinks() {
		String html = http.get("/market/FTT").body();

		assertThat(html).contains("Trading suspended").doesNotContain("/trading?asset=FTT");
	}

	@Test
	void symbolsAreCaseInsensitiveAndUnknownOnesGetThe404Page() {
		HttpResponse<String> lower = http.get("/market/eth");
		HttpResponse<String> unknown = http.get("/market/NOPE42");
		HttpResponse<String> malformed = http.get("/market/ABCDEFGHIJKL");

		assertThat(lower.statusCode()).isEqualTo(302);
		assertThat(lower.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/market/ETH"));
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("Page not found");
		assertThat(malformed.statusCode()).isEqualTo(404);
	}

	@Test
	void inventoryRedirectsToTheMarketKeepingTheQuery() {
		HttpResponse<String> response = http.get("/inventory?q=sol");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/market?q=sol"));
	}

	@Test
	void theLandingPageFeaturesTheTopEightAndTheRealAssetCount() {
		String html = http.get("/").body();

		assertThat(html).contains("Trade 116 assets", "id=\"featured-BTC\"", "id=\"featured-ETH\"",
				"class=\"sparkline");
		assertThat(html.split("class=\"featured-card card\"", -1)).hasSize(9);
	}

}
