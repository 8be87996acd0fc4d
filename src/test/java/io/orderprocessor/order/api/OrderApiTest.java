package io.orderprocessor.order.api;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import io.orderprocessor.order.OrderQueries;
import io.orderprocessor.order.TradingInvariants;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.support.TestPrices;
import io.orderprocessor.user.CashService;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/** The Orders and holdings part of api.md, as a client that knows only that document. */
@IntegrationTest
class OrderApiTest {

	static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	TestPrices prices;

	@Autowired
	CashService cash;

	@Autowired
	OrderQueries orders;

	@Autowired
	HttpTestClient http;

	@BeforeEach
	void pinPrices() {
		prices.pin("BTC", "45000.00");
		prices.pin("ETH", "2500.00");
	}

	@Test
	void aClientDepositsBuysSeesThePortfolioSellsAndReadsItsHistoryNewestFirst() {
		String username = UserMother.uniqueUsername("api");
		String token = UserMother.registeredToken(http, username);
		assertThat(post("/api/v1/balance/deposit", token, "{\"amount\": \"10000\"}").statusCode()).isEqualTo(201);

		HttpResponse<String> buy = post("/api/v1/orders", token,
				"{\"order_type\": \"market_buy\", \"asset_id\": \"btc\", \"quantity\": \"0.1\"}");
		assertThat(buy.statusCode()).as(buy.body()).isEqualTo(201);
		JsonNode bought = json.readTree(buy.body()).get("data");
		assertThat(bought.get("order_id").asString()).matches("ord_[0-9A-Z]{26}");
		assertThat(bought.get("order_type").asString()).isEqualTo("market_buy");
		assertThat(bought.get("asset_id").asString()).isEqualTo("BTC");
		assertThat(bought.get("quantity").asString()).isEqualTo("0.10000000");
		assertThat(bought.get("price").asString()).isEqualTo("45000.00");
		assertThat(bought.get("limit_price").isNull()).isTrue();
		assertThat(bought.get("status").asString()).isEqualTo("completed");
		assertThat(bought.get("total_amount").asString()).isEqualTo("4500.00");
		assertThat(bought.get("created_at").asString()).endsWith("Z");
		assertThat(bought.get("filled_at").asString()).endsWith("Z");

		JsonNode portfolio = json.readTree(get("/api/v1/portfolio", token).body());
		assertThat(portfolio.get("cash").asString()).isEqualTo("5500.00");
		assertThat(portfolio.get("total_value").asString()).isEqualTo("10000.00");
		JsonNode btc = portfolio.get("assets").get(0);
		assertThat(btc.get("asset_id").asString()).isEqualTo("BTC");
		assertThat(btc.get("quantity").asString()).isEqualTo("0.10000000");
		assertThat(btc.get("available_quantity").asString()).isEqualTo("0.10000000");
		assertThat(btc.get("average_cost").asString()).isEqualTo("45000.00");
		assertThat(btc.get("current_price").asString()).isEqualTo("45000.00");
		assertThat(btc.get("market_value").asString()).isEqualTo("4500.00");
		assertThat(btc.get("unrealized_pnl").asString()).isEqualTo("0.00");
		assertThat(btc.get("percentage").asString()).isEqualTo("45.00");

		JsonNode holding = json.readTree(get("/api/v1/balance/asset/BTC", token).body());
		assertThat(holding.get("asset_name").asString()).isEqualTo("Bitcoin");
		assertThat(holding.get("quantity").asString()).isEqualTo("0.10000000");
		assertThat(holding.get("total_value").asString()).isEqualTo("4500.00");

		prices.pin("BTC", "46000.00");
		HttpResponse<String> sell = post("/api/v1/orders", token,
				"{\"order_type\": \"market_sell\", \"asset_id\": \"BTC\", \"quantity\": 0.1}");
		assertThat(sell.statusCode()).as(sell.body()).isEqualTo(201);
		JsonNode sold = json.readTree(sell.body()).get("data");
		assertThat(sold.get("total_amount").asString()).isEqualTo("4600.00");

		JsonNode list = json.readTree(get("/api/v1/orders", token).body());
		assertThat(list.get("total_count").asInt()).isEqualTo(2);
		assertThat(list.get("has_more").asBoolean()).isFalse();
		assertThat(list.get("data").get(0).get("order_id").asString()).isEqualTo(sold.get("order_id").asString());
		assertThat(list.get("data").get(1).get("order_id").asString()).isEqualTo(bought.get("order_id").asString());

		JsonNode transactions = json.readTree(get("/api/v1/assets/btc/transactions", token).body());
		assertThat(transactions.get("has_more").asBoolean()).isFalse();
		assertThat(transactions.get("data")).hasSize(2);
		assertThat(transactions.get("data").get(0).get("transaction_type").asString()).isEqualTo("SELL");
		assertThat(transactions.get("data").get(0).get("order_id").asString())
			.isEqualTo(sold.get("order_id").asString());
		assertThat(transactions.get("data").get(1).get("transaction_type").asString()).isEqualTo("BUY");
		assertThat(transactions.get("data").get(1).get("total_amount").asString()).isEqualTo("4500.00");

		assertThat(json.readTree(get("/api/v1/balance", token).body()).get("current_balance").asString())
			.isEqualTo("10100.00");
		assertThat(get("/api/v1/balance/asset/BTC", token).statusCode()).as("nothing left").isEqualTo(404);
		assertThat(json.readTree(get("/api/v1/portfolio", token).body()).get("assets")).isEmpty();
		TradingInvariants.assertHold(cash, orders, username);
	}

	@Test
	void sellingMoreThanTheHoldingIsRefusedAndTheHoldingNeverGoesNegative() {
		String username = UserMother.uniqueUsername("short");
		String token = funded(username, "1000");
		assertThat(order(token, "market_buy", "ETH", "0.2", null).statusCode()).isEqualTo(201);

		HttpResponse<String> refused = order(token, "market_sell", "ETH", "0.20000001", null);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(detail(refused)).isEqualTo("Insufficient holding: available 0.2 ETH, requested 0.20000001 ETH");
		assertThat(order(token, "market_sell", "BTC", "0.01", null).statusCode()).as("none held").isEqualTo(422);

		JsonNode holding = json.readTree(get("/api/v1/balance/asset/ETH", token).body());
		assertThat(holding.get("quantity").asString()).isEqualTo("0.20000000");
		assertThat(json.readTree(get("/api/v1/orders", token).body()).get("total_count").asInt()).isEqualTo(1);
		TradingInvariants.assertHold(cash, orders, username);
	}

	@Test
	void costsRoundUpProceedsRoundDownAndAverageCostFollowsBuys() {
		String username = UserMother.uniqueUsername("round");
		String token = funded(username, "6000");
		prices.pin("ETH", "2500.005");
		JsonNode buy = json.readTree(order(token, "market_buy", "ETH", "0.001", null).body()).get("data");
		assertThat(buy.get("total_amount").asString()).as("2.500005 rounded up").isEqualTo("2.51");
		JsonNode sell = json.readTree(order(token, "market_sell", "ETH", "0.001", null).body()).get("data");
		assertThat(sell.get("total_amount").asString()).as("2.500005 rounded down").isEqualTo("2.50");

		prices.pin("ETH", "2000.00");
		order(token, "market_buy", "ETH", "1", null);
		prices.pin("ETH", "3000.00");
		order(token, "market_buy", "ETH", "1", null);
		order(token, "market_sell", "ETH", "0.5", null);
		JsonNode eth = json.readTree(get("/api/v1/portfolio", token).body()).get("assets").get(0);
		assertThat(eth.get("average_cost").asString()).isEqualTo("2500.00");
		assertThat(eth.get("quantity").asString()).isEqualTo("1.50000000");
		assertThat(eth.get("unrealized_pnl").asString()).isEqualTo("750.00");
		TradingInvariants.assertHold(cash, orders, username);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"asset_id\": \"BTC\", \"quantity\": \"0.1\"}",
			"{\"order_type\": \"market_swap\", \"asset_id\": \"BTC\", \"quantity\": \"0.1\"}",
			"{\"order_type\": \"market_buy\", \"asset_id\": \"BTC\"}",
			"{\"order_type\": \"market_buy\", \"asset_id\": \"BTC\", \"quantity\": \"0\"}",
			"{\"order_type\": \"market_buy\", \"asset_id\": \"BTC\", \"quantity\": -1}",
			"{\"order_type\": \"market_buy\", \"asset_id\": \"BTC\", \"quantity\": \"0.0009\"}",
			"{\"order_type\": \"market_buy\", \"asset_id\": \"BTC\", \"quantity\": \"0.123456789\"}",
			"{\"order_type\": \"market_buy\", \"asset_id\": \"BTC\", \"quantity\": \"abc\"}",
			"{\"order_type\": \"market_buy\", \"asset_id\": \"BTC\", \"quantity\": true}",
			"{\"order_type\": \"limit_buy\", \"asset_id\": \"BTC\", \"quantity\": \"0.1\"}",
			"{\"order_type\": \"limit_buy\", \"asset_id\": \"BTC\", \"quantity\": \"0.1\", \"price\": 0}",
			"{\"order_type\": \"limit_buy\", \"asset_id\": \"BTC\", \"quantity\": \"0.1\", \"price\": \"-5\"}",
			"{\"order_type\": \"limit_buy\", \"asset_id\": \"BTC\", \"quantity\": \"0.001\", \"price\": \"1000000.01\"}",
			"{\"order_type\": \"limit_buy\", \"asset_id\": \"BTC\", \"quantity\": \"0.1\", \"price\": \"40000.001\"}",
			"{\"order_type\": \"market_buy\", \"asset_id\": \"NOPE\", \"quantity\": \"1\"}",
			"{\"order_type\": \"market_buy\", \"asset_id\": \"<b>\", \"quantity\": \"1\"}",
			"{\"order_type\": \"market_buy\", \"asset_id\": \"FTT\", \"quantity\": \"1\"}",
			"{\"order_type\": \"market_buy\", \"asset_id\": \"BTC\", \"quantity\": \"0.3\"}",
			"{\"order_type\": \"limit_buy\", \"asset_id\": \"BTC\", \"quantity\": \"1\", \"price\": \"10000.01\"}",
			"{\"order_type\": \"market_buy\", \"asset_id\": \"BTC\", \"quantity\": \"0.2\"}",
			"{\"order_type\": \"limit_sell\", \"asset_id\": \"BTC\", \"quantity\": \"0.1\", \"price\": \"50000\"}" })
	void badOrdersAre422AndChangeNothing(String body) {
		String username = UserMother.uniqueUsername("bad");
		String token = funded(username, "5000");

		HttpResponse<String> response = post("/api/v1/orders", token, body);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(response.body()).contains("\"detail\"").doesNotContain("Exception");
		JsonNode balance = json.readTree(get("/api/v1/balance", token).body());
		assertThat(balance.get("current_balance").asString()).isEqualTo("5000.00");
		assertThat(balance.get("held_balance").asString()).isEqualTo("0.00");
		assertThat(json.readTree(get("/api/v1/orders", token).body()).get("total_count").asInt()).isZero();
	}

	@Test
	void rulesNameWhatWentWrong() {
		String token = funded(UserMother.uniqueUsername("msg"), "5000");
		assertThat(detail(order(token, "market_buy", "BTC", "0.2", null)))
			.isEqualTo("Insufficient balance: available $5,000.00, required $9,000.00");
		assertThat(detail(order(token, "market_buy", "BTC", "0.3", null)))
			.isEqualTo("Order value $13,500.00 is over the limit of $10,000.00 per order");
		assertThat(detail(order(token, "market_buy", "FTT", "1", null))).isEqualTo(
				"[{\"loc\":[\"body\",\"asset_id\"],\"msg\":\"FTT is not tradable at the moment\",\"type\":\"inactive\"}]");
		JsonNode missing = json.readTree(post("/api/v1/orders", token, "{}").body()).get("detail");
		assertThat(missing).hasSize(3);
		assertThat(missing.get(0).get("loc").get(1).asString()).isEqualTo("order_type");
	}

	@Test
	void limitOrdersHoldCashOrQuantityUntilCancelled() {
		String username = UserMother.uniqueUsername("limit");
		String token = funded(username, "5000");
		assertThat(order(token, "market_buy", "ETH", "1", null).statusCode()).isEqualTo(201);

		JsonNode buy = json.readTree(order(token, "limit_buy", "BTC", "0.05", "40000").body()).get("data");
		assertThat(buy.get("status").asString()).isEqualTo("pending");
		assertThat(buy.get("limit_price").asString()).isEqualTo("40000.00");
		assertThat(buy.get("price").isNull()).isTrue();
		JsonNode balance = json.readTree(get("/api/v1/balance", token).body());
		assertThat(balance.get("current_balance").asString()).isEqualTo("2500.00");
		assertThat(balance.get("held_balance").asString()).isEqualTo("2000.00");
		assertThat(balance.get("available_balance").asString()).isEqualTo("500.00");
		assertThat(detail(order(token, "market_buy", "ETH", "0.3", null))).startsWith("Insufficient balance");
		assertThat(detail(withdraw(token, "600"))).startsWith("Insufficient balance");

		JsonNode sell = json.readTree(order(token, "limit_sell", "ETH", "0.75", "3000").body()).get("data");
		assertThat(sell.get("status").asString()).isEqualTo("pending");
		JsonNode eth = json.readTree(get("/api/v1/portfolio", token).body()).get("assets").get(0);
		assertThat(eth.get("quantity").asString()).isEqualTo("1.00000000");
		assertThat(eth.get("available_quantity").asString()).isEqualTo("0.25000000");
		assertThat(detail(order(token, "market_sell", "ETH", "0.5", null))).startsWith("Insufficient holding");

		JsonNode pending = json.readTree(get("/api/v1/orders?status=pending", token).body());
		assertThat(pending.get("total_count").asInt()).isEqualTo(2);

		HttpResponse<String> cancelBuy = delete("/api/v1/orders/" + buy.get("order_id").asString(), token);
		assertThat(cancelBuy.statusCode()).as(cancelBuy.body()).isEqualTo(200);
		assertThat(json.readTree(cancelBuy.body()).get("data").get("status").asString()).isEqualTo("cancelled");
		assertThat(delete("/api/v1/orders/" + sell.get("order_id").asString(), token).statusCode()).isEqualTo(200);

		balance = json.readTree(get("/api/v1/balance", token).body());
		assertThat(balance.get("current_balance").asString()).isEqualTo("2500.00");
		assertThat(balance.get("held_balance").asString()).isEqualTo("0.00");
		eth = json.readTree(get("/api/v1/portfolio", token).body()).get("assets").get(0);
		assertThat(eth.get("available_quantity").asString()).isEqualTo("1.00000000");

		HttpResponse<String> again = delete("/api/v1/orders/" + sell.get("order_id").asString(), token);
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(detail(again))
			.isEqualTo("Order '" + sell.get("order_id").asString() + "' is cancelled and cannot be cancelled");
		TradingInvariants.assertHold(cash, orders, username);
	}

	@Test
	void ordersOfOthersAreNotFoundAndFilledOrdersCannotBeCancelled() {
		String owner = funded(UserMother.uniqueUsername("own"), "1000");
		String other = funded(UserMother.uniqueUsername("oth"), "1000");
		String id = json.readTree(order(owner, "market_buy", "ETH", "0.1", null).body())
			.get("data")
			.get("order_id")
			.asString();

		assertThat(get("/api/v1/orders/" + id, owner).statusCode()).isEqualTo(200);
		HttpResponse<String> notYours = get("/api/v1/orders/" + id, other);
		assertThat(notYours.statusCode()).isEqualTo(404);
		assertThat(notYours.body()).isEqualTo("{\"detail\":\"Order '" + id + "' not found\"}");
		assertThat(delete("/api/v1/orders/" + id, other).statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/orders/ord_01JD6Y0000000000000000000Z", owner).statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/orders/nope", owner).statusCode()).isEqualTo(422);
		assertThat(get("/api/v1/orders/" + "x".repeat(51), owner).statusCode()).isEqualTo(422);
		assertThat(delete("/api/v1/orders/" + id, owner).statusCode()).isEqualTo(409);
		assertThat(get("/api/v1/orders", null).statusCode()).isEqualTo(401);
		assertThat(get("/api/v1/assets/NOPE/transactions", owner).statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/balance/asset/BTC", owner).statusCode()).isEqualTo(404);
	}

	@Test
	void aRepeatedIdempotencyKeyPlacesNothingNewAndAnswersTheFirstOrder() {
		String username = UserMother.uniqueUsername("idem");
		String token = funded(username, "1000");
		String body = "{\"order_type\": \"market_buy\", \"asset_id\": \"ETH\", \"quantity\": \"0.1\", "
				+ "\"idempotency_key\": \"k-1\"}";
		HttpResponse<String> first = post("/api/v1/orders", token, body);
		HttpResponse<String> second = post("/api/v1/orders", token, body);
		HttpResponse<String> byHeader = http.send(http.request("/api/v1/orders")
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.header("Idempotency-Key", "k-1")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"order_type\": \"market_buy\", \"asset_id\": \"ETH\", \"quantity\": \"0.1\"}")));

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(json.readTree(second.body())).isEqualTo(json.readTree(first.body()));
		assertThat(json.readTree(byHeader.body())).isEqualTo(json.readTree(first.body()));
		HttpResponse<String> different = post("/api/v1/orders", token, body.replace("0.1", "0.2"));
		assertThat(different.statusCode()).isEqualTo(422);
		assertThat(json.readTree(get("/api/v1/orders", token).body()).get("total_count").asInt()).isEqualTo(1);
		assertThat(json.readTree(get("/api/v1/balance", token).body()).get("current_balance").asString())
			.isEqualTo("750.00");
		TradingInvariants.assertHold(cash, orders, username);
	}

	@Test
	void ordersPageWithCursorOffsetAndFilters() {
		String token = funded(UserMother.uniqueUsername("page"), "5000");
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ids.add(0,
					json.readTree(order(token, i % 2 == 0 ? "market_buy" : "limit_buy", "ETH", "0.01", "100").body())
						.get("data")
						.get("order_id")
						.asString());
		}
		JsonNode first = json.readTree(get("/api/v1/orders?limit=2", token).body());
		assertThat(first.get("total_count").asInt()).isEqualTo(5);
		assertThat(first.get("has_more").asBoolean()).isTrue();
		assertThat(first.get("data").get(0).get("order_id").asString()).isEqualTo(ids.get(0));
		JsonNode second = json
			.readTree(get("/api/v1/orders?limit=2&cursor=" + first.get("next_cursor").asString(), token).body());
		assertThat(second.get("data").get(0).get("order_id").asString()).isEqualTo(ids.get(2));
		JsonNode offset = json.readTree(get("/api/v1/orders?limit=2&offset=4", token).body());
		assertThat(offset.get("data")).hasSize(1);
		assertThat(offset.get("has_more").asBoolean()).isFalse();
		assertThat(offset.get("data").get(0).get("order_id").asString()).isEqualTo(ids.get(4));
		JsonNode limits = json.readTree(get("/api/v1/orders?order_type=LIMIT_BUY&asset_id=eth", token).body());
		assertThat(limits.get("total_count").asInt()).isEqualTo(2);
		assertThat(get("/api/v1/orders?limit=0", token).statusCode()).isEqualTo(422);
		assertThat(get("/api/v1/orders?status=done", token).statusCode()).isEqualTo(422);
	}

	String funded(String username, String amount) {
		String token = UserMother.registeredToken(http, username);
		assertThat(post("/api/v1/balance/deposit", token, "{\"amount\": \"" + amount + "\"}").statusCode())
			.isEqualTo(201);
		return token;
	}

	HttpResponse<String> order(String token, String type, String symbol, String quantity, String price) {
		return post("/api/v1/orders", token,
				"{\"order_type\": \"" + type + "\", \"asset_id\": \"" + symbol + "\", \"quantity\": \"" + quantity
						+ "\"" + (price == null ? "" : ", \"price\": \"" + price + "\"") + "}");
	}

	HttpResponse<String> withdraw(String token, String amount) {
		return post("/api/v1/balance/withdraw", token, "{\"amount\": \"" + amount + "\"}");
	}

	static String detail(HttpResponse<String> response) {
		JsonNode detail = json.readTree(response.body()).get("detail");
		return detail.isString() ? detail.asString() : detail.toString();
	}

	HttpResponse<String> get(String path, String token) {
		return http.getJson(path, token);
	}

	HttpResponse<String> post(String path, String token, String body) {
		return http.postJson(path, body, token);
	}

	HttpResponse<String> delete(String path, String token) {
		return http.send(http.request(path).header("Authorization", "Bearer " + token).DELETE());
	}

}
