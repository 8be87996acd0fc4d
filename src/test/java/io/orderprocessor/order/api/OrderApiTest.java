package io.orderprocessor.order.api;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import io.orderprocessor.support.JsonTexts;
import io.orderprocessor.support.TestPrices;
import io.orderprocessor.user.ApiUser;
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
		ApiUser user = UserMother.apiUser(http, "api");
		assertThat(post("/api/v1/balance/deposit", user.token(), "{\"amount\": \"10000\"}").statusCode())
			.isEqualTo(201);

		HttpResponse<String> buy = post("/api/v1/orders", user.token(),
				"{\"order_type\": \"market_buy\", \"asset_id\": \"btc\", \"quantity\": \"0.1\"}");
		assertThat(buy.statusCode()).as(buy.body()).isEqualTo(201);
		JsonNode bought = json.readTree(buy.body()).get("data");
		assertThat(bought.get("order_id").asString()).matches("ord_[0-9A-Z]{26}");
		assertThat(JsonTexts.of(bought)).containsAllEntriesOf(Map.of("order_type", "market_buy", "asset_id", "BTC",
				"quantity", "0.10000000", "price", "45000.00", "status", "completed", "total_amount", "4500.00"));
		assertThat(bought.get("limit_price").isNull()).isTrue();
		assertThat(bought.get("created_at").asString()).endsWith("Z");
		assertThat(bought.get("filled_at").asString()).endsWith("Z");

		JsonNode portfolio = json.readTree(get("/api/v1/portfolio", user.token()).body());
		assertThat(JsonTexts.of(portfolio)).containsAllEntriesOf(Map.of("cash", "5500.00", "total_value", "10000.00"));
		assertThat(JsonTexts.of(portfolio.get("assets").get(0)))
			.containsAllEntriesOf(Map.of("asset_id", "BTC", "quantity", "0.10000000", "available_quantity",
					"0.10000000", "average_cost", "45000.00", "current_price", "45000.00", "market_value", "4500.00",
					"unrealized_pnl", "0.00", "percentage", "45.00"));

		JsonNode holding = json.readTree(get("/api/v1/balance/asset/BTC", user.token()).body());
		assertThat(JsonTexts.of(holding))
			.containsAllEntriesOf(Map.of("asset_name", "Bitcoin", "quantity", "0.10000000", "total_value", "4500.00"));

		prices.pin("BTC", "46000.00");
		HttpResponse<String> sell = post("/api/v1/orders", user.token(),
				"{\"order_type\": \"market_sell\", \"asset_id\": \"BTC\", \"quantity\": 0.1}");
		assertThat(sell.statusCode()).as(sell.body()).isEqualTo(201);
		JsonNode sold = json.readTree(sell.body()).get("data");
		assertThat(sold.get("total_amount").asString()).isEqualTo("4600.00");

		JsonNode list = json.readTree(get("/api/v1/orders", user.token()).body());
		assertThat(list.get("total_count").asInt()).isEqualTo(2);
		assertThat(list.get("has_more").asBoolean()).isFalse();
		assertThat(list.get("data").get(0).get("order_id").asString()).isEqualTo(sold.get("order_id").asString());
		assertThat(list.get("data").get(1).get("order_id").asString()).isEqualTo(bought.get("order_id").asString());

		JsonNode transactions = json.readTree(get("/api/v1/assets/btc/transactions", user.token()).body());
		assertThat(transactions.get("has_more").asBoolean()).isFalse();
		assertThat(transactions.get("data")).hasSize(2);
		assertThat(transactions.get("data").get(0).get("transaction_type").asString()).isEqualTo("SELL");
		assertThat(transactions.get("data").get(0).get("order_id").asString())
			.isEqualTo(sold.get("order_id").asString());
		assertThat(transactions.get("data").get(1).get("transaction_type").asString()).isEqualTo("BUY");
		assertThat(transactions.get("data").get(1).get("total_amount").asString()).isEqualTo("4500.00");

		assertThat(json.readTree(get("/api/v1/balance", user.token()).body()).get("current_balance").asString())
			.isEqualTo("10100.00");
		assertThat(get("/api/v1/balance/asset/BTC", user.token()).statusCode()).as("nothing left").isEqualTo(404);
		assertThat(json.readTree(get("/api/v1/portfolio", user.token()).body()).get("assets")).isEmpty();
		TradingInvariants.assertHold(cash, orders, user.username());
	}

	@Test
	void sellingMoreThanTheHoldingIsRefusedAndTheHoldingNeverGoesNegative() {
		ApiUser user = funded("short", "1000");
		assertThat(order(user.token(), "market_buy", "ETH", "0.2", null).statusCode()).isEqualTo(201);

		HttpResponse<String> refused = order(user.token(), "market_sell", "ETH", "0.20000001", null);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(detail(refused)).isEqualTo("Insufficient holding: available 0.2 ETH, requested 0.20000001 ETH");
		assertThat(order(user.token(), "market_sell", "BTC", "0.01", null).statusCode()).as("none held").isEqualTo(422);

		JsonNode holding = json.readTree(get("/api/v1/balance/asset/ETH", user.token()).body());
		assertThat(holding.get("quantity").asString()).isEqualTo("0.20000000");
		assertThat(json.readTree(get("/api/v1/orders", user.token()).body()).get("total_count").asInt()).isEqualTo(1);
		TradingInvariants.assertHold(cash, orders, user.username());
	}

	@Test
	void costsRoundUpProceedsRoundDownAndAverageCostFollowsBuys() {
		ApiUser user = funded("round", "6000");
		prices.pin("ETH", "2500.005");
		JsonNode buy = json.readTree(order(user.token(), "market_buy", "ETH", "0.001", null).body()).get("data");
		assertThat(buy.get("total_amount").asString()).as("2.500005 rounded up").isEqualTo("2.51");
		JsonNode sell = json.readTree(order(user.token(), "market_sell", "ETH", "0.001", null).body()).get("data");
		assertThat(sell.get("total_amount").asString()).as("2.500005 rounded down").isEqualTo("2.50");

		prices.pin("ETH", "2000.00");
		order(user.token(), "market_buy", "ETH", "1", null);
		prices.pin("ETH", "3000.00");
		order(user.token(), "market_buy", "ETH", "1", null);
		order(user.token(), "market_sell", "ETH", "0.5", null);
		JsonNode eth = json.readTree(get("/api/v1/portfolio", user.token()).body()).get("assets").get(0);
		assertThat(JsonTexts.of(eth)).containsAllEntriesOf(
				Map.of("average_cost", "2500.00", "quantity", "1.50000000", "unrealized_pnl", "750.00"));
		TradingInvariants.assertHold(cash, orders, user.username());
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
		ApiUser user = funded("bad", "5000");

		HttpResponse<String> response = post("/api/v1/orders", user.token(), body);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(response.body()).contains("\"detail\"").doesNotContain("Exception");
		JsonNode balance = json.readTree(get("/api/v1/balance", user.token()).body());
		assertThat(balance.get("current_balance").asString()).isEqualTo("5000.00");
		assertThat(balance.get("held_balance").asString()).isEqualTo("0.00");
		assertThat(json.readTree(get("/api/v1/orders", user.token()).body()).get("total_count").asInt()).isZero();
	}

	@Test
	void rulesNameWhatWentWrong() {
		String token = funded("msg", "5000").token();
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
		ApiUser user = funded("limit", "5000");
		assertThat(order(user.token(), "market_buy", "ETH", "1", null).statusCode()).isEqualTo(201);

		JsonNode buy = json.readTree(order(user.token(), "limit_buy", "BTC", "0.05", "40000").body()).get("data");
		assertThat(buy.get("status").asString()).isEqualTo("pending");
		assertThat(buy.get("limit_price").asString()).isEqualTo("40000.00");
		assertThat(buy.get("price").isNull()).isTrue();
		JsonNode balance = json.readTree(get("/api/v1/balance", user.token()).body());
		assertThat(JsonTexts.of(balance)).containsAllEntriesOf(
				Map.of("current_balance", "2500.00", "held_balance", "2000.00", "available_balance", "500.00"));
		assertThat(detail(order(user.token(), "market_buy", "ETH", "0.3", null))).startsWith("Insufficient balance");
		assertThat(detail(withdraw(user.token(), "600"))).startsWith("Insufficient balance");

		JsonNode sell = json.readTree(order(user.token(), "limit_sell", "ETH", "0.75", "3000").body()).get("data");
		assertThat(sell.get("status").asString()).isEqualTo("pending");
		JsonNode eth = json.readTree(get("/api/v1/portfolio", user.token()).body()).get("assets").get(0);
		assertThat(eth.get("quantity").asString()).isEqualTo("1.00000000");
		assertThat(eth.get("available_quantity").asString()).isEqualTo("0.25000000");
		assertThat(detail(order(user.token(), "market_sell", "ETH", "0.5", null))).startsWith("Insufficient holding");

		JsonNode pending = json.readTree(get("/api/v1/orders?status=pending", user.token()).body());
		assertThat(pending.get("total_count").asInt()).isEqualTo(2);

		HttpResponse<String> cancelBuy = delete("/api/v1/orders/" + buy.get("order_id").asString(), user.token());
		assertThat(cancelBuy.statusCode()).as(cancelBuy.body()).isEqualTo(200);
		assertThat(json.readTree(cancelBuy.body()).get("data").get("status").asString()).isEqualTo("cancelled");
		assertThat(delete("/api/v1/orders/" + sell.get("order_id").asString(), user.token()).statusCode())
			.isEqualTo(200);

		balance = json.readTree(get("/api/v1/balance", user.token()).body());
		assertThat(balance.get("current_balance").asString()).isEqualTo("2500.00");
		assertThat(balance.get("held_balance").asString()).isEqualTo("0.00");
		eth = json.readTree(get("/api/v1/portfolio", user.token()).body()).get("assets").get(0);
		assertThat(eth.get("available_quantity").asString()).isEqualTo("1.00000000");

		HttpResponse<String> again = delete("/api/v1/orders/" + sell.get("order_id").asString(), user.token());
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(detail(again))
			.isEqualTo("Order '" + sell.get("order_id").asString() + "' is cancelled and cannot be cancelled");
		TradingInvariants.assertHold(cash, orders, user.username());
	}

	@Test
	void ordersOfOthersAreNotFoundAndFilledOrdersCannotBeCancelled() {
		String owner = funded("own", "1000").token();
		String other = funded("oth", "1000").token();
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
		ApiUser user = funded("idem", "1000");
		String body = "{\"order_type\": \"market_buy\", \"asset_id\": \"ETH\", \"quantity\": \"0.1\", "
				+ "\"idempotency_key\": \"k-1\"}";
		HttpResponse<String> first = post("/api/v1/orders", user.token(), body);
		HttpResponse<String> second = post("/api/v1/orders", user.token(), body);
		HttpResponse<String> byHeader = http.send(http.request("/api/v1/orders")
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + user.token())
			.header("Idempotency-Key", "k-1")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"order_type\": \"market_buy\", \"asset_id\": \"ETH\", \"quantity\": \"0.1\"}")));

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(json.readTree(second.body())).isEqualTo(json.readTree(first.body()));
		assertThat(json.readTree(byHeader.body())).isEqualTo(json.readTree(first.body()));
		HttpResponse<String> different = post("/api/v1/orders", user.token(), body.replace("0.1", "0.2"));
		assertThat(different.statusCode()).isEqualTo(422);
		assertThat(json.readTree(get("/api/v1/orders", user.token()).body()).get("total_count").asInt()).isEqualTo(1);
		assertThat(json.readTree(get("/api/v1/balance", user.token()).body()).get("current_balance").asString())
			.isEqualTo("750.00");
		TradingInvariants.assertHold(cash, orders, user.username());
	}

	@Test
	void ordersPageWithCursorOffsetAndFilters() {
		String token = funded("page", "5000").token();
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

	ApiUser funded(String prefix, String amount) {
		ApiUser user = UserMother.apiUser(http, prefix);
		assertThat(post("/api/v1/balance/deposit", user.token(), "{\"amount\": \"" + amount + "\"}").statusCode())
			.isEqualTo(201);
		return user;
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
