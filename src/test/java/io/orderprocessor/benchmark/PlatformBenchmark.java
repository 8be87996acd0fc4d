package io.orderprocessor.benchmark;

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

	@Test
	void requestsThroughTheWholeStack() throws Exception {
		HttpTestClient http = new HttpTestClient(port);
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
