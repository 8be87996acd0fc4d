package io.orderprocessor.benchmark;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.orderprocessor.platform.store.AtomicWrite;
import io.orderprocessor.platform.store.Changes;
import io.orderprocessor.platform.store.Item;
import io.orderprocessor.platform.store.Key;
import io.orderprocessor.platform.store.Store;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures for the README: the platform's write path on embedded DynamoDB Local and the
 * cost of a request through the whole filter chain. Run with
 * {@code ./mvnw -Pbenchmark verify}.
 */
@IntegrationTest
class PlatformBenchmark {

	private static final Key HOT = Key.of("BENCH#HOT", "COUNTER");

	@LocalServerPort
	int port;

	@Autowired
	Store store;

	@Test
	void transactionalWrites() throws Exception {
		AtomicLong ids = new AtomicLong();
		Measurements.run("Store.write, 2-item atomic write, distinct keys", 4, 1_000, () -> {
			String pk = "BENCH#" + ids.incrementAndGet();
			store.write(AtomicWrite.create().putIfAbsent("a", item(pk, "A")).put(item(pk, "B")));
		});
	}

	@Test
	void contendedVersionedUpdatesOnOneItem() throws Exception {
		Measurements.run("read + versioned update of ONE item, retried on conflict", 8, 100,
				() -> store.retrying(() -> {
					long version = store.get(HOT).map(Item::version).orElse(0L);
					store.write(AtomicWrite.create().updateVersioned("counter", HOT, Changes.none(), version));
					return null;
				}));
		assertThat(store.get(HOT).orElseThrow().version()).as("warm-up 100 + 8 threads x 100: no update lost")
			.isEqualTo(900);
	}

	/**
	 * Market buys through the API, each user on a thread of its own (no contention on one
	 * account): the order, its cash and holding, audit entry and notification.
	 */
	@Test
	void marketOrdersThroughTheApi() throws Exception {
		HttpTestClient http = new HttpTestClient(port);
		ThreadLocal<String> trader = ThreadLocal.withInitial(() -> fundedTrader(http));
		Measurements.run("POST /api/v1/orders, market buy of 0.001 ETH, one user per thread", 8, 100, () -> {
			HttpResponse<String> order = http.send(http.request("/api/v1/orders")
				.header("Authorization", "Bearer " + trader.get())
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"order_type\": \"market_buy\", \"asset_id\": \"ETH\", \"quantity\": \"0.001\"}")));
			if (order.statusCode() != 201) {
				throw new IllegalStateException("status " + order.statusCode() + ": " + order.body());
			}
		});
	}

	private static String fundedTrader(HttpTestClient http) {
		String token = UserMother.apiUser(http, "bench").token();
		HttpResponse<String> deposit = http.send(http.request("/api/v1/balance/deposit")
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"amount\": \"10000.00\"}")));
		if (deposit.statusCode() != 201) {
			throw new IllegalStateException("deposit: " + deposit.statusCode());
		}
		return token;
	}

	@Test
	void requestsThroughTheWholeStack() throws Exception {
		HttpTestClient http = new HttpTestClient(port);
		Measurements.run("GET /css/app.css (static file: the reference)", 8, 500,
				() -> expectOk(http.get("/css/app.css")));
		Measurements.run("GET / (landing page, anonymous)", 8, 500, () -> expectOk(http.get("/")));
		Measurements.run("GET /health (store + Redis checks)", 8, 500, () -> expectOk(http.getJson("/health", null)));
	}

	private static void expectOk(HttpResponse<String> response) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException("status " + response.statusCode());
		}
	}

	private static Item item(String pk, String sk) {
		return Item.at(pk, sk).set("note", "benchmark").build();
	}

}
