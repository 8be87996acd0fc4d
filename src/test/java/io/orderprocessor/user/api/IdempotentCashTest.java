package io.orderprocessor.user.api;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.user.ApiUser;
import io.orderprocessor.user.CashService;
import io.orderprocessor.user.LedgerInvariants;
import io.orderprocessor.user.LedgerQuery;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deposits and withdrawals with an {@code Idempotency-Key}: a client's retry never moves
 * money twice, through the API and through the Account page's forms.
 */
@IntegrationTest
class IdempotentCashTest {

	static final JsonMapper json = JsonMapper.builder().build();

	private static final Pattern FORM_KEY = Pattern
		.compile("id=\"(deposit|withdraw)-form\".*?name=\"idempotencyKey\" value=\"([^\"]+)\"", Pattern.DOTALL);

	@LocalServerPort
	int port;

	@Autowired
	CashService cash;

	@Autowired
	HttpTestClient http;

	@Test
	void aRetriedDepositWithTheSameKeyMovesMoneyOnceAndAnswersTheFirstResult() {
		ApiUser user = UserMother.apiUser(http, "idem");

		HttpResponse<String> first = post("/api/v1/balance/deposit", user.token(), "k-1", "{\"amount\": \"100\"}");
		HttpResponse<String> again = post("/api/v1/balance/deposit", user.token(), "k-1", "{\"amount\": 100.00}");

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(first.headers().firstValue("Idempotent-Replayed")).hasValue("false");
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		JsonNode one = json.readTree(first.body());
		JsonNode two = json.readTree(again.body());
		assertThat(two.get("transaction_id").asString()).isEqualTo(one.get("transaction_id").asString());
		assertThat(two.get("balance").asString()).isEqualTo("100.00");
		assertThat(balance(user.token())).isEqualTo("100.00");
		assertThat(cash.ledger(user.username(), LedgerQuery.all(50)).entries()).hasSize(1);
	}

	@Test
	void aRetriedWithdrawalMovesOnceEvenWhenTheBalanceNoLongerCoversIt() {
		ApiUser user = UserMother.apiUser(http, "idem");
		post("/api/v1/balance/deposit", user.token(), null, "{\"amount\": \"50\"}");

		HttpResponse<String> first = post("/api/v1/balance/withdraw", user.token(), "w-1", "{\"amount\": \"30\"}");
		HttpResponse<String> again = post("/api/v1/balance/withdraw", user.token(), "w-1", "{\"amount\": \"30\"}");

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(balance(user.token())).isEqualTo("20.00");
	}

	@Test
	void theSameKeyForAnotherRequestIs422AndChangesNothing() {
		ApiUser user = UserMother.apiUser(http, "idem");
		post("/api/v1/balance/deposit", user.token(), "k-2", "{\"amount\": \"100\"}");

		HttpResponse<String> otherAmount = post("/api/v1/balance/deposit", user.token(), "k-2",
				"{\"amount\": \"101\"}");
		HttpResponse<String> otherKind = post("/api/v1/balance/withdraw", user.token(), "k-2", "{\"amount\": \"100\"}");
		HttpResponse<String> anOrder = post("/api/v1/orders", user.token(), "k-2",
				"{\"order_type\": \"market_buy\", \"asset_id\": \"BTC\", \"quantity\": \"0.0001\"}");

		assertThat(otherAmount.statusCode()).isEqualTo(422);
		assertThat(otherAmount.body()).contains("idempotency_key");
		assertThat(otherKind.statusCode()).isEqualTo(422);
		assertThat(anOrder.statusCode()).as(anOrder.body()).isEqualTo(422);
		assertThat(balance(user.token())).isEqualTo("100.00");
	}

	@Test
	void aBadKeyIs422AndChangesNothing() {
		String token = UserMother.apiUser(http, "idem").token();

		HttpResponse<String> response = post("/api/v1/balance/deposit", token, "bad key!", "{\"amount\": \"5\"}");

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("idempotency_key").doesNotContain("Exception");
		assertThat(balance(token)).isEqualTo("0.00");
	}

	@Test
	void concurrentRetriesOfOneKeyMoveMoneyOnce() throws Exception {
		ApiUser user = UserMother.apiUser(http, "idem");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<Integer>> statuses = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			statuses.add(pool.submit(
					() -> post("/api/v1/balance/deposit", user.token(), "same", "{\"amount\": \"7\"}").statusCode()));
		}
		List<Integer> answers = new ArrayList<>();
		for (Future<Integer> status : statuses) {
			answers.add(status.get());
		}
		pool.shutdown();

		assertThat(answers).containsOnly(200, 201);
		assertThat(answers).filteredOn(s -> s == 201).hasSize(1);
		assertThat(balance(user.token())).isEqualTo("7.00");
		LedgerInvariants.assertHold(cash, user.username());
	}

	@Test
	void aDoubleSubmittedDepositFormMovesMoneyOnce() {
		String username = UserMother.apiUser(http, "idem").username();
		HttpTestClient browser = UserMother.signedIn(port, username, UserMother.PASSWORD);
		String page = browser.get("/account").body();
		String key = formKey(page, "deposit");
		String csrf = HttpTestClient.csrfToken(page);

		HttpResponse<String> first = submit(browser, "/account/deposit", "amount=250&idempotencyKey=" + key, csrf);
		HttpResponse<String> second = submit(browser, "/account/deposit", "amount=250&idempotencyKey=" + key, csrf);

		assertThat(first.statusCode()).isEqualTo(302);
		assertThat(second.statusCode()).isEqualTo(302);
		assertThat(cash.balance(username).balance()).isEqualByComparingTo("250");
		assertThat(formKey(browser.get("/account").body(), "deposit")).as("a new form, a new key").isNotEqualTo(key);
	}

	@Test
	void theOpenApiDescriptionNamesTheHeaderOnDepositAndWithdraw() {
		JsonNode paths = json.readTree(http.getJson("/v3/api-docs", null).body()).get("paths");

		for (String path : new String[] { "/api/v1/balance/deposit", "/api/v1/balance/withdraw" }) {
			JsonNode parameters = paths.get(path).get("post").get("parameters");
			assertThat(parameters.toString()).as(path).contains("\"name\":\"Idempotency-Key\"", "\"in\":\"header\"");
		}
	}

	private static String formKey(String page, String form) {
		Matcher matcher = FORM_KEY.matcher(page);
		while (matcher.find()) {
			if (matcher.group(1).equals(form)) {
				return matcher.group(2);
			}
		}
		throw new AssertionError("no idempotency key in the " + form + " form");
	}

	private static HttpResponse<String> submit(HttpTestClient browser, String path, String fields, String csrf) {
		return browser.send(browser.request(path)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(fields + "&_csrf=" + csrf)));
	}

	private String balance(String token) {
		return json.readTree(http.getJson("/api/v1/balance", token).body()).get("current_balance").asString();
	}

	private HttpResponse<String> post(String path, String token, String key, String body) {
		HttpRequest.Builder request = http.request(path)
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json");
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return http.send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

}
