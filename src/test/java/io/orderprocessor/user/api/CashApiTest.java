package io.orderprocessor.user.api;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.user.ApiUser;
import io.orderprocessor.user.CashService;
import io.orderprocessor.user.LedgerInvariants;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/** The Cash part of api.md, as a client that knows only that document. */
@IntegrationTest
class CashApiTest {

	static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	HttpTestClient http;

	@Test
	void balanceDepositAndWithdrawAnswerTheOriginalsShapes() {
		String token = UserMother.apiUser(http, "bal").token();

		JsonNode empty = json.readTree(http.getJson("/api/v1/balance", token).body());
		assertThat(empty.get("current_balance").asString()).isEqualTo("0.00");

		HttpResponse<String> deposit = post("/api/v1/balance/deposit", token, "{\"amount\": 100}");
		assertThat(deposit.statusCode()).isEqualTo(201);
		JsonNode deposited = json.readTree(deposit.body());
		assertThat(deposited.get("success").asBoolean()).isTrue();
		assertThat(deposited.get("message").asString()).isEqualTo("Successfully deposited $100.00");
		assertThat(deposited.get("balance").isString()).isTrue();
		assertThat(deposited.get("balance").asString()).isEqualTo("100.00");
		assertThat(deposited.get("transaction_id").asString()).hasSize(26);
		assertThat(deposited.get("timestamp").asString()).endsWith("Z");

		HttpResponse<String> withdraw = post("/api/v1/balance/withdraw", token, "{\"amount\": \"40.25\"}");
		assertThat(withdraw.statusCode()).isEqualTo(201);
		assertThat(json.readTree(withdraw.body()).get("message").asString()).isEqualTo("Successfully withdrew $40.25");

		JsonNode balance = json.readTree(http.getJson("/api/v1/balance", token).body());
		assertThat(balance.get("current_balance").asString()).isEqualTo("59.75");
		assertThat(balance.get("available_balance").asString()).isEqualTo("59.75");
		assertThat(balance.get("held_balance").asString()).isEqualTo("0.00");
		assertThat(balance.get("updated_at").asString()).endsWith("Z");
	}

	@ParameterizedTest
	@ValueSource(strings = { "-1", "0", "0.001", "1e6", "1000000.01", "\"NaN\"", "\"abc\"", "null", "true", "{}", "[1]",
			"\"<b>5</b>\"", "\"99999999999999999999999999999999999999999999\"" })
	void badAmountsAre422AndChangeNothing(String amount) {
		String token = UserMother.apiUser(http, "bad").token();

		HttpResponse<String> response = post("/api/v1/balance/deposit", token, "{\"amount\": " + amount + "}");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(response.body()).contains("\"loc\":[\"body\",\"amount\"]").doesNotContain("Exception");
		assertThat(json.readTree(http.getJson("/api/v1/balance", token).body()).get("current_balance").asString())
			.isEqualTo("0.00");
	}

	@Test
	void missingAmountsAndNonJsonAreRefusedWithoutA5xx() {
		String token = UserMother.apiUser(http, "miss").token();

		assertThat(post("/api/v1/balance/deposit", token, "{}").statusCode()).isEqualTo(422);
		assertThat(post("/api/v1/balance/deposit", token, "{\"amount\": NaN}").statusCode()).isEqualTo(400);
		assertThat(post("/api/v1/balance/deposit", token, "{\"amount\": " + "9".repeat(5000) + "}").statusCode())
			.isBetween(400, 422);
	}

	@Test
	void ruleFailuresAre422WithTheRulesMessage() {
		String token = UserMother.apiUser(http, "rule").token();
		post("/api/v1/balance/deposit", token, "{\"amount\": \"9500\"}");

		HttpResponse<String> overLimit = post("/api/v1/balance/deposit", token, "{\"amount\": 600}");
		HttpResponse<String> overWithdrawalLimit = post("/api/v1/balance/withdraw", token, "{\"amount\": 5000.01}");
		String small = UserMother.apiUser(http, "small").token();
		post("/api/v1/balance/deposit", small, "{\"amount\": 100}");
		HttpResponse<String> overBalance = post("/api/v1/balance/withdraw", small, "{\"amount\": 100.01}");
		HttpResponse<String> overBalanceAndLimit = post("/api/v1/balance/withdraw", small, "{\"amount\": 999999}");

		assertThat(overLimit.statusCode()).isEqualTo(422);
		assertThat(overLimit.body()).isEqualTo(
				"{\"detail\":\"Daily deposit limit of $10,000.00 reached: $9,500.00 already deposited today, $600.00 requested\"}");
		assertThat(overBalance.statusCode()).isEqualTo(422);
		assertThat(overBalance.body())
			.isEqualTo("{\"detail\":\"Insufficient balance: available $100.00, requested $100.01\"}");
		assertThat(overBalanceAndLimit.statusCode()).isEqualTo(422);
		assertThat(overBalanceAndLimit.body()).as("not having the cash is the reason given first")
			.isEqualTo("{\"detail\":\"Insufficient balance: available $100.00, requested $999,999.00\"}");
		assertThat(overWithdrawalLimit.statusCode()).isEqualTo(422);
		assertThat(overWithdrawalLimit.body()).contains("Daily withdrawal limit of $5,000.00 reached");
	}

	@Test
	void transactionsPageThroughEverythingNewestFirstWithTrueTotals() {
		String token = UserMother.apiUser(http, "tx").token();
		for (int i = 1; i <= 5; i++) {
			post("/api/v1/balance/deposit", token, "{\"amount\": " + i + "}");
		}
		post("/api/v1/balance/withdraw", token, "{\"amount\": 2}");

		JsonNode first = json.readTree(http.getJson("/api/v1/balance/transactions?limit=4", token).body());
		assertThat(first.get("total_count").asInt()).isEqualTo(6);
		assertThat(first.get("has_more").asBoolean()).isTrue();
		assertThat(first.get("transactions")).hasSize(4);
		JsonNode newest = first.get("transactions").get(0);
		assertThat(newest.get("transaction_type").asString()).isEqualTo("withdraw");
		assertThat(newest.get("amount").asString()).isEqualTo("-2.00");
		assertThat(newest.get("balance_after").asString()).isEqualTo("13.00");
		assertThat(newest.get("status").asString()).isEqualTo("completed");
		assertThat(newest.has("reference_id")).isTrue();
		assertThat(newest.get("created_at").asString()).endsWith("Z");

		JsonNode second = json.readTree(http
			.getJson("/api/v1/balance/transactions?limit=4&cursor=" + first.get("next_cursor").asString(), token)
			.body());
		assertThat(second.get("transactions")).hasSize(2);
		assertThat(second.get("has_more").asBoolean()).isFalse();

		JsonNode deposits = json
			.readTree(http.getJson("/api/v1/balance/transactions?transaction_type=DEPOSIT", token).body());
		JsonNode lower = json
			.readTree(http.getJson("/api/v1/balance/transactions?transaction_type=deposit", token).body());
		assertThat(deposits.get("total_count").asInt()).isEqualTo(5);
		assertThat(lower).isEqualTo(deposits);
		assertThat(http.getJson("/api/v1/balance/transactions?transaction_type=gift", token).statusCode())
			.isEqualTo(422);
		assertThat(http.getJson("/api/v1/balance/transactions?cursor=../../x", token).statusCode()).isEqualTo(422);
		assertThat(http.getJson("/api/v1/balance/transactions?limit=abc", token).statusCode()).isEqualTo(422);
	}

	@Test
	void cashNeedsAToken() {
		assertThat(http.getJson("/api/v1/balance", null).statusCode()).isEqualTo(401);
		assertThat(http.postJson("/api/v1/balance/deposit", "{\"amount\": 5}").statusCode()).isEqualTo(401);
	}

	@Test
	void concurrentRequestsOverHttpKeepEveryInvariantAndNeverAnswer5xx(@Autowired CashService cash) throws Exception {
		ApiUser user = UserMother.apiUser(http, "http");
		ExecutorService threads = Executors.newFixedThreadPool(16);
		Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
		List<Future<?>> futures = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			String path = i % 2 == 0 ? "/api/v1/balance/deposit" : "/api/v1/balance/withdraw";
			String amount = "\"" + (50 + (i * 37) % 200) + "." + (10 + i % 90) + "\"";
			futures.add(threads.submit(() -> statuses
				.merge(post(path, user.token(), "{\"amount\": " + amount + "}").statusCode(), 1, Integer::sum)));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		threads.shutdown();

		assertThat(statuses.keySet()).as("statuses %s", statuses).allMatch(s -> s == 201 || s == 409 || s == 422);
		assertThat(statuses.get(201)).isPositive();
		LedgerInvariants.assertHold(cash, user.username());
	}

	private HttpResponse<String> post(String path, String token, String body) {
		return http.postJson(path, body, token);
	}

}
