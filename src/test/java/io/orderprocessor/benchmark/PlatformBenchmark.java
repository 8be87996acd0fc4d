package io.orderprocessor.benchmark;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.orderprocessor.platform.dynamodb.DynamoDbStore;
import io.orderprocessor.platform.dynamodb.Keys;
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

	@LocalServerPort
	int port;

	@Autowired
	DynamoDbStore store;

	@Test
	void transactionalWrites() throws Exception {
		AtomicLong ids = new AtomicLong();
		Measurements.run("DynamoDbStore.write, 2-item transaction, distinct keys", 4, 1_000, () -> {
			String pk = "BENCH#" + ids.incrementAndGet();
			store.write(store.transaction().putIfAbsent("a", item(pk, "A")).put(item(pk, "B")));
		});
	}

	@Test
	void contendedVersionedUpdatesOnOneItem() throws Exception {
		Measurements.run("read + versioned update of ONE item, retried on conflict", 8, 100,
				() -> store.retrying(() -> {
					Map<String, AttributeValue> current = store.get("BENCH#HOT", "COUNTER");
					long version = current.isEmpty() ? 0 : Long.parseLong(current.get(Keys.VERSION).n());
					store.write(store.transaction()
						.updateVersioned("counter", DynamoDbStore.key("BENCH#HOT", "COUNTER"), "", version, Map.of()));
					return null;
				}));
		assertThat(store.get("BENCH#HOT", "COUNTER").get(Keys.VERSION).n())
			.as("warm-up 100 + 8 threads x 100: no update lost")
			.isEqualTo("900");
	}

	@Test
	void requestsThroughTheWholeStack() throws Exception {
		HttpTestClient http = new HttpTestClient(port);
		Measurements.run("GET / (landing page, anonymous)", 8, 500, () -> expectOk(http.get("/")));
		Measurements.run("GET /health (DynamoDB + Redis checks)", 8, 500,
				() -> expectOk(http.getJson("/health", null)));
	}

	private static void expectOk(HttpResponse<String> response) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException("status " + response.statusCode());
		}
	}

	private static Map<String, AttributeValue> item(String pk, String sk) {
		return Map.of(Keys.PK, AttributeValue.fromS(pk), Keys.SK, AttributeValue.fromS(sk), "note",
				AttributeValue.fromS("benchmark"));
	}

}
