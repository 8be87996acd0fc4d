package io.orderprocessor.portfolio;

import java.net.http.HttpResponse;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.orderprocessor.order.OrderService;
import io.orderprocessor.order.PlaceOrder;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.support.StoreCalls;
import io.orderprocessor.support.TestPrices;
import io.orderprocessor.support.Traders;
import io.orderprocessor.user.CashService;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/** The Portfolio page, its order history (filters, pages, CSV) and the per-asset page. */
@IntegrationTest
class PortfolioPageTest {

	@LocalServerPort
	int port;

	@Autowired
	TestPrices prices;

	@Autowired
	OrderService orders;

	@Autowired
	CashService cash;

	@Autowired
	Traders traders;

	@Autowired
	PortfolioService portfolios;

	@Autowired
	MeterRegistry meters;

	HttpTestClient http;

	String username;

	@BeforeEach
	void trader() {
		prices.pin("BTC", "40000.00");
		prices.pin("ETH", "2000.00");
		username = traders.funded("port", "10000");
		orders.place(username, PlaceOrder.of("market_buy", "BTC", "0.1", null, null));
		orders.place(username, PlaceOrder.of("market_buy", "ETH", "1", null, null));
		orders.place(username, PlaceOrder.of("limit_buy", "ETH", "0.5", "1500", null));
		prices.pin("BTC", "44000.00");
		http = new HttpTestClient(port);
		http.signIn(username, UserMother.PASSWORD);
	}

	@Test
	void totalsProfitAndLossAndAllocation() {
		Portfolio portfolio = portfolios.portfolio(username);
		assertThat(portfolio.holdingsValue()).isEqualByComparingTo("6400.00");
		assertThat(portfolio.cash().balance()).isEqualByComparingTo("4000.00");
		assertThat(portfolio.total()).isEqualByComparingTo("10400.00");
		assertThat(portfolio.pnl()).isEqualByComparingTo("400.00");
		assertThat(portfolio.pnlPercent()).isEqualByComparingTo("6.67");
		assertThat(portfolio.positions().get(0).symbol()).isEqualTo("BTC");

		HttpResponse<String> page = http.get("/portfolio");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("$6,400.00").contains("$10,400.00").contains("+$400.00").contains("(+6.67%)");
		assertThat(page.body()).contains("id=\"holding-BTC\"")
			.contains("+$400.00")
			.contains("Allocation: BTC 42.31%, ETH 19.23%, Cash 38.46%");
		assertThat(page.body()).contains("3 orders").contains("Buy 0.5 ETH at $1,500.00 or less");
	}

	@Test
	void theOrderHistoryFiltersPagesAndExports() {
		String filtered = http.get("/portfolio?asset=eth&type=limit_buy").body();
		assertThat(filtered).contains("1 order<").contains("Buy 0.5 ETH at $1,500.00 or less");
		assertThat(filtered).as("the filter shows what was chosen")
			.contains("<option value=\"limit_buy\" selected=\"selected\">Limit buy</option>")
			.contains("<option value=\"buy\">Buy</option>");
		assertThat(http.get("/portfolio?status=completed&side=buy").body()).contains("2 orders");
		assertThat(http.get("/portfolio?from=2000-01-01&to=2000-01-02").body()).contains("0 orders");
		assertThat(http.get("/portfolio?type=swap").body()).contains("The filter is not valid");

		HttpResponse<String> csv = http.get("/portfolio/orders.csv?asset=BTC");
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.body().lines().toList()).hasSize(2);
		assertThat(csv.body()).contains(",market_buy,BTC,0.10000000,,40000.00,4000.00,completed,");
	}

	@Test
	void theAssetPageShowsCostBasisProfitAndEveryBuyAndSell() {
		orders.place(username, PlaceOrder.of("market_sell", "BTC", "0.05", null, null));
		HttpResponse<String> page = http.get("/portfolio/btc");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Bitcoin (BTC) history")
			.contains("0.05 BTC")
			.contains("$2,000.00")
			.contains("+$200.00");
		String body = page.body();
		assertThat(body.indexOf("Sell")).as("newest first").isLessThan(body.lastIndexOf(">Buy<"));
		assertThat(http.get("/portfolio/NOPE").statusCode()).isEqualTo(404);
	}

	@Test
	void theValueChartShowsTheValueOverTimeEndingAtTodaysTotal() {
		String page = http.get("/portfolio").body();
		assertThat(page).contains("id=\"value-chart-link\"", "href=\"/portfolio/value\"", "hx-get=\"/portfolio/value\"",
				"hx-trigger=\"load\"");

		String value = http.get("/portfolio/value?range=7d").body();
		assertThat(value)
			.contains("id=\"value-chart\"", "id=\"value-chart-svg\"", "id=\"value-chart-plot\"",
					"data-chart=\"{&quot;t&quot;:[", "Portfolio value, last 7 days", "aria-current=\"page\">7D</a>",
					"<td class=\"num\">$10,400.00</td>\n          </tr>\n        </tbody>")
			// the value before the deposit was nothing: every order and entry was read,
			// nothing estimated
			.contains("<td class=\"num\">$0.00</td>")
			.doesNotContain("id=\"value-chart-approximate\"");

		HttpResponse<String> panel = http
			.send(http.request("/portfolio/value").header("HX-Request", "true").header("HX-Target", "value-panel"));
		assertThat(panel.body()).startsWith("<div id=\"value-panel\"").contains("Portfolio value, last 30 days");
	}

	/**
	 * The value chart: holdings, the newest orders, the newest ledger entries, nothing
	 * counted. The page: holdings and the first page of orders; the order total is a
	 * count of its own. Neither scans.
	 */
	@ParameterizedTest(name = "{0}: at most {1} queries and {2} counts")
	@CsvSource({ "/portfolio/value, 3, 0", "/portfolio, 2, 1" })
	void aPortfolioPageStaysWithinItsStoreCalls(String path, double queries, double counts) {
		StoreCalls calls = StoreCalls.since(meters);
		assertThat(http.get(path).statusCode()).isEqualTo(200);
		Map<String, Double> made = calls.made();
		assertThat(made.getOrDefault("query", 0.0)).as(made.toString()).isLessThanOrEqualTo(queries);
		assertThat(made.getOrDefault("count", 0.0)).as(made.toString()).isLessThanOrEqualTo(counts);
		assertThat(made).as("no scan").doesNotContainKey("scan");
	}

}
