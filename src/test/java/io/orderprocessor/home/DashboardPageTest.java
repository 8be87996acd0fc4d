package io.orderprocessor.home;

import java.net.http.HttpResponse;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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

/** The dashboard: empty states, summary, holdings, recent activity, the live part. */
@IntegrationTest
class DashboardPageTest {

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
	MeterRegistry meters;

	HttpTestClient http;

	String username;

	@BeforeEach
	void trader() {
		prices.pin("BTC", "40000.00");
		username = traders.registered("dash");
		http = new HttpTestClient(port);
		http.signIn(username, UserMother.PASSWORD);
	}

	@Test
	void aNewUserIsLedToDepositThenToTheFirstTrade() {
		String empty = http.get("/dashboard").body();
		assertThat(empty).contains("id=\"empty-state\"")
			.contains("Deposit funds")
			.doesNotContain("id=\"dashboard-summary\"");

		cash.deposit(username, "1000");
		String funded = http.get("/dashboard").body();
		assertThat(funded).contains("id=\"first-trade\"").contains("Place your first trade").contains("$1,000.00");
	}

	@Test
	void summaryHoldingsAndRecentActivity() {
		cash.deposit(username, "10000");
		orders.place(username, PlaceOrder.of("market_buy", "BTC", "0.1", null, null));
		HttpResponse<String> page = http.get("/dashboard");
		assertThat(page.body()).contains("id=\"summary-cash\">$6,000.00")
			.contains("id=\"summary-holdings\">$4,000.00")
			.contains("id=\"summary-total\">$10,000.00")
			.contains("Buy 0.1 BTC at market")
			.contains("Bought 0.1 BTC at $40,000.00")
			.contains("Allocation: BTC 40.00%, Cash 60.00%");

		prices.pin("BTC", "50000.00");
		HttpResponse<String> live = http
			.send(http.request("/dashboard").header("Accept", "text/html").header("HX-Request", "true"));
		assertThat(live.body()).startsWith("<div id=\"dashboard-live\"").contains("$5,000.00").contains("$11,000.00");
	}

	@Test
	void aHoldingBoughtWithinTheDayChangedSinceItWasBoughtOnTheDashboardAndThePortfolioAlike() {
		cash.deposit(username, "10000");
		orders.place(username, PlaceOrder.of("market_buy", "BTC", "0.1", null, null));
		prices.pin("BTC", "39976.00");

		String dashboard = http.get("/dashboard").body();
		String portfolio = http.get("/portfolio").body();

		// 0.1 BTC cost $4,000.00 and is worth $3,997.60, whatever the price did over the
		// day
		assertThat(dashboard).contains("Change since yesterday or since bought");
		assertThat(element(dashboard, "summary-change")).contains("-$2.40").contains("(-0.06%)");
		assertThat(portfolio).contains("Change since yesterday or since bought");
		assertThat(element(portfolio, "total-change")).contains("-$2.40").contains("(-0.06%)");
	}

	/** The element with the id, up to its end tag. */
	private static String element(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as(id).isNotNegative();
		return page.substring(start, page.indexOf("</p>", start));
	}

	@Test
	void aReturningUserIsWelcomedBackByFirstName() {
		assertThat(http.get("/dashboard").body()).contains("<h1 id=\"greeting\">Welcome back, Test</h1>")
			.doesNotContain("Welcome back, " + username);
	}

	@Test
	void aNewUserIsWelcomedTheFirstTimeAndWelcomedBackAfterwards() {
		HttpTestClient browser = new HttpTestClient(port);
		String newcomer = UserMother.uniqueUsername("first");
		HttpResponse<String> registered = browser.postForm("/register", "/register",
				"firstName=Ann&lastName=Lee" + "&username=" + newcomer + "&email=" + newcomer
						+ "%40example.com&password=Secret%21Pass12"
						+ "&confirmPassword=Secret%21Pass12&phone=&dateOfBirth=&marketingConsent=false");
		assertThat(registered.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard"));

		assertThat(browser.get("/dashboard").body()).contains("<h1 id=\"greeting\">Welcome, Ann</h1>");
		assertThat(browser.get("/dashboard").body()).contains("<h1 id=\"greeting\">Welcome back, Ann</h1>");
	}

	@Test
	void theValueChartShowsCashThenCashAndHoldings() {
		assertThat(http.get("/dashboard").body()).as("nothing to chart yet").doesNotContain("id=\"value-chart\"");

		cash.deposit(username, "10000");
		orders.place(username, PlaceOrder.of("market_buy", "BTC", "0.1", null, null));
		String page = http.get("/dashboard?range=1d").body();

		assertThat(page)
			.contains("id=\"value-chart\"", "id=\"value-chart-svg\"", "data-chart=\"{&quot;t&quot;:[",
					"Portfolio value, last 24 hours", "aria-current=\"page\">1D</a>", "/js/charts-",
					"href=\"/dashboard?range=1y#value-chart\"", "href=\"/portfolio/value?range=1d\"")
			.as("the values table is on the value page")
			.doesNotContain("id=\"value-chart-table\"");
		assertThat(http.get("/portfolio/value?range=1d").body()).contains("id=\"value-chart-table\"",
				"<td class=\"num\">$0.00</td>", "<td class=\"num\">$10,000.00</td>\n          </tr>\n        </tbody>");
	}

	@Test
	void theDashboardMakesAtMostThreeQueries() {
		cash.deposit(username, "1000");
		orders.place(username, PlaceOrder.of("market_buy", "BTC", "0.01", null, null));
		StoreCalls calls = StoreCalls.since(meters);
		assertThat(http.get("/dashboard").statusCode()).isEqualTo(200);
		Map<String, Double> made = calls.made();
		// holdings, recent orders, recent ledger entries; nothing is counted
		assertThat(made.getOrDefault("query", 0.0)).as(made.toString()).isLessThanOrEqualTo(3.0);
		assertThat(made).as("no count").doesNotContainKey("count");
		assertThat(made).as("no scan").doesNotContainKey("scan");
	}

}
