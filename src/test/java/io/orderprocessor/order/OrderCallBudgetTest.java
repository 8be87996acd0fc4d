package io.orderprocessor.order;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.orderprocessor.notification.NotificationService;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.support.StoreCalls;
import io.orderprocessor.support.TestPrices;
import io.orderprocessor.user.ApiUser;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store budget of a request, counted with the {@code store.calls} timer (its counts,
 * not its times): a market order is one atomic write and at most two reads (the cash and
 * the holding, by key). Two more writes of one item each belong to it: the audit entry
 * (before the answer) and the fill's notification (after it, so the test waits for it);
 * with them a request writes three times.
 */
@IntegrationTest
class OrderCallBudgetTest {

	@Autowired
	MeterRegistry meters;

	@Autowired
	TestPrices prices;

	@Autowired
	NotificationService notifications;

	@Autowired
	HttpTestClient http;

	@Test
	void aMarketOrderIsOneAtomicWriteAndAtMostTwoReads() {
		ApiUser user = UserMother.apiUser(http, "budget");
		post(http, user.token(), "/api/v1/balance/deposit", "{\"amount\": \"1000\"}");
		prices.pin("ETH", "2500.00");
		awaitNotifications(user.username(), 2); // sign-in and deposit

		StoreCalls calls = StoreCalls.since(meters);
		HttpResponse<String> buy = post(http, user.token(), "/api/v1/orders",
				"{\"order_type\": \"market_buy\", \"asset_id\": \"ETH\", \"quantity\": \"0.1\", \"idempotency_key\": \"b1\"}");
		Map<String, Double> buyCalls = awaitNotificationWrite(calls);
		assertThat(buy.statusCode()).isEqualTo(201);
		assertThat(buyCalls.getOrDefault("write", 0.0))
			.as("the order's, its audit entry's and its notification's: " + buyCalls)
			.isEqualTo(3.0);
		assertThat(reads(buyCalls)).as(buyCalls.toString()).isLessThanOrEqualTo(2.0);
		assertThat(buyCalls.keySet()).as("no scan").doesNotContain("scan");

		awaitNotifications(user.username(), 3);
		calls = StoreCalls.since(meters);
		HttpResponse<String> sell = post(http, user.token(), "/api/v1/orders",
				"{\"order_type\": \"market_sell\", \"asset_id\": \"ETH\", \"quantity\": \"0.05\"}");
		Map<String, Double> sellCalls = awaitNotificationWrite(calls);
		assertThat(sell.statusCode()).isEqualTo(201);
		assertThat(sellCalls.getOrDefault("write", 0.0)).as(sellCalls.toString()).isEqualTo(3.0);
		assertThat(reads(sellCalls)).as(sellCalls.toString()).isLessThanOrEqualTo(2.0);
	}

	void awaitNotifications(String username, long count) {
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> notifications.unreadCount(username) >= count);
	}

	/** The calls counted, once the order's notification was written too. */
	Map<String, Double> awaitNotificationWrite(StoreCalls calls) {
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> calls.of("write") >= 3.0);
		return calls.made();
	}

	/** Every call but writes: get, batch_get, query, count (and scan). */
	static double reads(Map<String, Double> calls) {
		return calls.entrySet()
			.stream()
			.filter(e -> !e.getKey().equals("write"))
			.mapToDouble(Map.Entry::getValue)
			.sum();
	}

	HttpResponse<String> post(HttpTestClient http, String token, String path, String body) {
		return http.postJson(path, body, token);
	}

}
