package io.orderprocessor.admin;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.support.TestPrices;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All orders in the admin area, placed through the orders API by real users: the admin
 * orders API and page with their filters, the overview's orders and volume today, and
 * filters that are not valid.
 */
@IntegrationTest
class AdminOrdersTest {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	TestPrices prices;

	@Autowired
	HttpTestClient http;

	private String adminToken;

	@BeforeEach
	void setUp() {
		adminToken = UserMother.adminToken(http);
		prices.pin("BTC", "40000.00");
		prices.pin("ETH", "2000.00");
	}

	@Test
	void theAdminApiListsEveryUsersOrdersNewestFirstWithTheirOwners() {
		String ann = UserMother.uniqueUsername("ann");
		String bob = UserMother.uniqueUsername("bob");
		String annToken = funded(ann);
		String bobToken = funded(bob);
		String annBuy = place(annToken, "{\"order_type\":\"market_buy\",\"asset_id\":\"BTC\",\"quantity\":\"0.01\"}");
		String bobBuy = place(bobToken, "{\"order_type\":\"market_buy\",\"asset_id\":\"BTC\",\"quantity\":\"0.02\"}");
		String bobLimit = place(bobToken,
				"{\"order_type\":\"limit_buy\",\"asset_id\":\"ETH\",\"quantity\":\"0.5\",\"price\":\"1000.00\"}");

		JsonNode btc = list("?asset_id=btc&limit=500");
		assertThat(ids(btc)).containsSubsequence(bobBuy, annBuy).doesNotContain(bobLimit);
		JsonNode first = find(btc, bobBuy);
		assertThat(first.get("username").asString()).isEqualTo(bob);
		assertThat(first.get("order_type").asString()).isEqualTo("market_buy");
		assertThat(first.get("total_amount").asString()).isEqualTo("800.00");
		assertThat(first.get("status").asString()).isEqualTo("completed");

		assertThat(ids(list("?username=" + bob.toUpperCase()))).containsExactly(bobLimit, bobBuy);
		assertThat(ids(list("?username=" + bob + "&status=pending&side=buy&order_type=limit_buy")))
			.containsExactly(bobLimit);

		JsonNode page = list("?username=" + bob + "&limit=1");
		assertThat(page.get("has_more").asBoolean()).isTrue();
		assertThat(ids(list("?username=" + bob + "&limit=1&cursor=" + page.get("next_cursor").asString())))
			.containsExactly(bobBuy);
	}

	@Test
	void filtersThatAreNotValidAre422NamingTheField() {
		assertThat(field(get("/api/v1/admin/orders?status=sideways"))).isEqualTo("status");
		assertThat(field(get("/api/v1/admin/orders?side=up"))).isEqualTo("side");
		assertThat(field(get("/api/v1/admin/orders?order_type=stop"))).isEqualTo("order_type");
		assertThat(field(get("/api/v1/admin/orders?asset_id=%21%21"))).isEqualTo("asset_id");
		assertThat(field(get("/api/v1/admin/orders?from=2026-13-01"))).isEqualTo("from");
		assertThat(field(get("/api/v1/admin/orders?from=2026-02-01&to=2026-01-01"))).isEqualTo("from");
		assertThat(field(get("/api/v1/admin/orders?from=2024-01-01&to=2026-01-01"))).isEqualTo("from");
		assertThat(field(get("/api/v1/admin/orders?cursor=nope"))).isEqualTo("cursor");
		assertThat(field(get("/api/v1/admin/orders?limit=0"))).isEqualTo("limit");
	}

	@Test
	void theOrdersPageFiltersByUserAndTheOverviewCountsTodaysOrdersAndVolume() {
		HttpTestClient admin = UserMother.signedInAsAdmin(port);
		String overviewBefore = admin.get("/admin").body();
		String ann = UserMother.uniqueUsername("ann");
		String annToken = funded(ann);
		String buy = place(annToken, "{\"order_type\":\"market_buy\",\"asset_id\":\"ETH\",\"quantity\":\"0.25\"}");
		String limit = place(annToken,
				"{\"order_type\":\"limit_buy\",\"asset_id\":\"BTC\",\"quantity\":\"0.01\",\"price\":\"30000.00\"}");

		String overview = admin.get("/admin").body();
		assertThat(stat(overview, "stat-orders"))
			.isEqualTo(stat(overviewBefore, "stat-orders").add(BigDecimal.valueOf(2)));
		assertThat(stat(overview, "stat-volume"))
			.as("the market buy filled for $500.00; the pending limit order adds nothing")
			.isEqualByComparingTo(stat(overviewBefore, "stat-volume").add(new BigDecimal("500.00")));

		String page = admin.get("/admin/orders?user=" + ann).body();
		assertThat(page).contains("id=\"order-" + buy + "\"")
			.contains("id=\"order-" + limit + "\"")
			.contains("limit $30,000.00")
			.contains("Pending")
			.contains("Showing the last 30 days");
		assertThat(page.indexOf("order-" + limit)).as("newest first").isLessThan(page.indexOf("order-" + buy));
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		String filtered = admin.get("/admin/orders?user=" + ann + "&status=completed&from=" + today + "&to=" + today)
			.body();
		assertThat(filtered).contains("order-" + buy).doesNotContain("order-" + limit);

		String userPage = admin.get("/admin/users/" + ann).body();
		assertThat(userPage).as("the user page shows the holding, the orders and a link to all of them")
			.contains("<td>ETH</td><td class=\"num\" data-label=\"Quantity\">0.25</td>")
			.contains("Market buy")
			.contains("href=\"/admin/orders?user=" + ann + "\"");

		HttpResponse<String> bad = admin.get("/admin/orders?from=2026-02-01&to=2026-01-01");
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("id=\"order-filter-error\"").contains("from must be on or before to");
		assertThat(admin.get("/admin/orders?status=sideways").body()).contains("The filter is not valid");
	}

	private String funded(String username) {
		String token = UserMother.registeredToken(http, username);
		HttpResponse<String> deposit = post("/api/v1/balance/deposit", token, "{\"amount\":\"5000\"}");
		assertThat(deposit.statusCode()).as(deposit.body()).isEqualTo(201);
		return token;
	}

	private String place(String token, String order) {
		HttpResponse<String> placed = post("/api/v1/orders", token, order);
		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
		return json.readTree(placed.body()).get("data").get("order_id").asString();
	}

	private JsonNode list(String query) {
		HttpResponse<String> response = get("/api/v1/admin/orders" + query);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private HttpResponse<String> get(String path) {
		return http.getJson(path, adminToken);
	}

	private HttpResponse<String> post(String path, String token, String body) {
		return http.postJson(path, body, token);
	}

	private static List<String> ids(JsonNode listing) {
		List<String> ids = new ArrayList<>();
		listing.get("data").forEach(o -> ids.add(o.get("order_id").asString()));
		return ids;
	}

	private static JsonNode find(JsonNode listing, String orderId) {
		for (JsonNode order : listing.get("data")) {
			if (order.get("order_id").asString().equals(orderId)) {
				return order;
			}
		}
		throw new AssertionError(orderId + " not listed");
	}

	private static String field(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		return json.readTree(response.body()).get("detail").get(0).get("loc").get(1).asString();
	}

	/** A figure of the overview, as a number ("$1,234.50" reads 1234.50). */
	private static BigDecimal stat(String html, String id) {
		Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]+)<").matcher(html);
		assertThat(m.find()).as(id).isTrue();
		return new BigDecimal(m.group(1).replaceAll("[$,]", "").trim());
	}

}
