package io.orderprocessor.platform.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.dynamodb.services.local.embedded.DynamoDBEmbedded;
import software.amazon.dynamodb.services.local.shared.access.AmazonDynamoDBLocal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared write path against a real (in-memory) DynamoDB Local. */
class DynamoDbStoreTest {

	private static AmazonDynamoDBLocal local;

	private static SimpleMeterRegistry meters;

	private static DynamoDbStore store;

	@BeforeAll
	static void startDynamoDbLocal() {
		local = DynamoDBEmbedded.create(true);
		meters = new SimpleMeterRegistry();
		DynamoDbClient client = MeteredDynamoDbClient.wrap(local.dynamoDbClient(), meters);
		new TableBootstrap(client, "store-test").createIfMissing();
		store = new DynamoDbStore(client, "store-test", 50);
	}

	@AfterAll
	static void stop() {
		local.shutdown();
	}

	@Test
	void aTransactionWritesAllItemsOrNone() {
		store.write(store.transaction().putIfAbsent("first", item("ALL#1", "A", 1)));

		assertThatThrownBy(() -> store
			.write(store.transaction().put(item("ALL#1", "B", 2)).putIfAbsent("duplicate", item("ALL#1", "A", 3))))
			.isInstanceOf(ConditionFailedException.class)
			.satisfies(ex -> assertThat(((ConditionFailedException) ex).failed()).containsExactly("duplicate"))
			.isNotInstanceOf(OptimisticConflictException.class);

		assertThat(store.get("ALL#1", "B")).isEmpty();
		assertThat(store.get("ALL#1", "A").get("amount").n()).isEqualTo("1");
	}

	@Test
	void aConditionOnAnotherItemNamesTheFailingLabel() {
		store.write(store.transaction().put(item("CHECK#1", "LIMIT", 5)));

		assertThatThrownBy(() -> store.write(store.transaction()
			.check("limit", DynamoDbStore.key("CHECK#1", "LIMIT"), "#amount >= :needed",
					Map.of(":needed", AttributeValue.fromN("6")))
			.put(item("CHECK#1", "ENTRY", 6)))).isInstanceOf(ConditionFailedException.class)
			.satisfies(ex -> assertThat(((ConditionFailedException) ex).failed("limit")).isTrue());
		assertThat(store.get("CHECK#1", "ENTRY")).isEmpty();
	}

	@Test
	void aStaleVersionIsAnOptimisticConflict() {
		store.write(store.transaction()
			.updateVersioned("counter", DynamoDbStore.key("VER#1", "C"), "SET #amount = :a", 0,
					Map.of(":a", AttributeValue.fromN("1"))));

		assertThatThrownBy(() -> store.write(store.transaction()
			.updateVersioned("counter", DynamoDbStore.key("VER#1", "C"), "SET #amount = :a", 0,
					Map.of(":a", AttributeValue.fromN("2")))))
			.isInstanceOf(OptimisticConflictException.class);
		assertThat(store.get("VER#1", "C").get("version").n()).isEqualTo("1");
	}

	@Test
	void concurrentReadModifyWritesLoseNoUpdate() throws Exception {
		int writers = 8;
		int incrementsEach = 10;
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			List<Callable<Void>> tasks = new ArrayList<>();
			for (int w = 0; w < writers; w++) {
				tasks.add(() -> {
					for (int i = 0; i < incrementsEach; i++) {
						store.retrying(() -> {
							Map<String, AttributeValue> current = store.get("RACE#1", "COUNTER");
							long value = current.isEmpty() ? 0 : Long.parseLong(current.get("amount").n());
							long version = current.isEmpty() ? 0 : Long.parseLong(current.get("version").n());
							store.write(store.transaction()
								.updateVersioned("counter", DynamoDbStore.key("RACE#1", "COUNTER"), "SET #amount = :a",
										version, Map.of(":a", AttributeValue.fromN(Long.toString(value + 1)))));
							return null;
						});
					}
					return null;
				});
			}
			for (Future<Void> result : pool.invokeAll(tasks)) {
				result.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(store.get("RACE#1", "COUNTER").get("amount").n())
			.isEqualTo(Integer.toString(writers * incrementsEach));
	}

	@Test
	void everyCallIsCountedByOperation() {
		double before = count("GetItem");
		store.get("COUNT#1", "X");
		store.client().getItem(b -> b.tableName("store-test").key(DynamoDbStore.key("COUNT#1", "Y")));
		assertThat(count("GetItem") - before).isEqualTo(2);
	}

	private static double count(String operation) {
		return meters.find(MeteredDynamoDbClient.METER)
			.tag("operation", operation)
			.timers()
			.stream()
			.mapToLong(t -> t.count())
			.sum();
	}

	private static Map<String, AttributeValue> item(String pk, String sk, long amount) {
		return Map.of(Keys.PK, AttributeValue.fromS(pk), Keys.SK, AttributeValue.fromS(sk), "amount",
				AttributeValue.fromN(Long.toString(amount)));
	}

}
