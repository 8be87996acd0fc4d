package io.orderprocessor.platform.dynamodb;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import io.orderprocessor.platform.store.AtomicWrite;
import io.orderprocessor.platform.store.Changes;
import io.orderprocessor.platform.store.Condition;
import io.orderprocessor.platform.store.ConditionFailedException;
import io.orderprocessor.platform.store.Cursor;
import io.orderprocessor.platform.store.Filter;
import io.orderprocessor.platform.store.Index;
import io.orderprocessor.platform.store.Item;
import io.orderprocessor.platform.store.Key;
import io.orderprocessor.platform.store.OptimisticConflictException;
import io.orderprocessor.platform.store.Page;
import io.orderprocessor.platform.store.Query;
import io.orderprocessor.platform.store.StoreUnavailableException;
import io.orderprocessor.platform.store.WriteCollisionException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The requests the DynamoDB engine sends, against a stub client that records them and
 * answers what each test queues. Placeholders are resolved back to names and values so
 * the assertions read like the expressions DynamoDB evaluates; {@code NOW} is the fixed
 * clock's epoch second.
 */
class DynamoDbRequestsTest {

	private static final long NOW = 1_700_000_000L;

	private static final String LIVE = "(attribute_not_exists(expires_at) OR expires_at > NOW)";

	private final StubClient client = new StubClient();

	private final DynamoDbStoreEngine engine = new DynamoDbStoreEngine(client, "orders",
			Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

	private final Key cash = Key.of("USER#alice", "CASH");

	@Test
	void aOneItemPutIfAbsentIsAConditionalPutItemNotATransaction() {
		engine.write(AtomicWrite.create()
			.putIfAbsent("email", Item.at("EMAIL#a@b.c", "EMAIL").set("user", "alice").build()));

		PutItemRequest put = client.only(PutItemRequest.class);
		assertThat(put.tableName()).isEqualTo("orders");
		assertThat(put.item()).containsEntry("PK", AttributeValue.fromS("EMAIL#a@b.c"))
			.containsEntry("user", AttributeValue.fromS("alice"));
		assertThat(resolve(put.conditionExpression(), put.expressionAttributeNames(), put.expressionAttributeValues()))
			.isEqualTo("(attribute_not_exists(PK) OR expires_at <= NOW)");
	}

	@Test
	void aVersionedUpdateSetsTheNextVersionIfTheItemIsStillAtTheOneRead() {
		engine.write(AtomicWrite.create()
			.updateVersioned("cash", cash,
					Changes.set("status", "ACTIVE").andAdd("balance", new BigDecimal("10.50")).and("note", null), 3));

		UpdateItemRequest update = client.only(UpdateItemRequest.class);
		assertThat(update.key()).isEqualTo(DynamoDbStoreEngine.key(cash));
		assertThat(update.expressionAttributeNames()).containsValue("status").doesNotContainKey("status");
		assertThat(resolve(update.updateExpression(), update.expressionAttributeNames(),
				update.expressionAttributeValues()))
			.isEqualTo("SET status = 'ACTIVE', balance = if_not_exists(balance, 0) + 10.50, version = 4 REMOVE note");
		assertThat(resolve(update.conditionExpression(), update.expressionAttributeNames(),
				update.expressionAttributeValues()))
			.isEqualTo("(version = 3 AND " + LIVE + ")");
	}

	@Test
	void theFirstVersionedWriteAlsoMatchesAMissingOrExpiredItem() {
		engine.write(AtomicWrite.create().updateVersioned("holding", cash, Changes.set("quantity", 1), 0));

		UpdateItemRequest update = client.only(UpdateItemRequest.class);
		assertThat(resolve(update.conditionExpression(), update.expressionAttributeNames(),
				update.expressionAttributeValues()))
			.isEqualTo("(attribute_not_exists(version) OR version = 0 OR expires_at <= NOW)");
		assertThat(resolve(update.updateExpression(), update.expressionAttributeNames(),
				update.expressionAttributeValues()))
			.isEqualTo("SET quantity = 1, version = 1");
	}

	@Test
	void sumAtMostComparesTheCounterWithTheLimitLessTheAmount() {
		Key day = Key.of("USER#alice", "DAY#2024-05-01");
		engine.write(AtomicWrite.create()
			.update("limit", day,
					Changes.none().andAdd("deposited", new BigDecimal("100")).andIfAbsent("expires_at", 5),
					Condition.sumAtMost("deposited", new BigDecimal("100"), new BigDecimal("1000.00"))));

		UpdateItemRequest update = client.only(UpdateItemRequest.class);
		Map<String, String> names = update.expressionAttributeNames();
		Map<String, AttributeValue> values = update.expressionAttributeValues();
		assertThat(resolve(update.conditionExpression(), names, values))
			.isEqualTo("(attribute_not_exists(deposited) OR deposited <= 900.00 OR expires_at <= NOW)");
		assertThat(resolve(update.updateExpression(), names, values))
			.isEqualTo("SET deposited = if_not_exists(deposited, 0) + 100, expires_at = if_not_exists(expires_at, 5)");
	}

	@Test
	void anAmountAboveTheLimitCanNeverBeWritten() {
		engine.write(AtomicWrite.create()
			.update("limit", cash, Changes.none().andAdd("deposited", BigDecimal.TEN),
					Condition.sumAtMost("deposited", BigDecimal.TEN, BigDecimal.ONE)));

		UpdateItemRequest update = client.only(UpdateItemRequest.class);
		assertThat(resolve(update.conditionExpression(), update.expressionAttributeNames(),
				update.expressionAttributeValues()))
			.isEqualTo("(attribute_exists(expires_at) AND attribute_not_exists(expires_at))");
	}

	@Test
	void conditionsCombineWithParenthesesAndRequireALiveItemForComparisons() {
		engine.write(AtomicWrite.create()
			.delete("order", cash, Condition.anyOf(Condition.equalTo("status", "OPEN"),
					Condition.allOf(Condition.exists(), Condition.atLeast("held", new BigDecimal("0.5"))))));

		DeleteItemRequest delete = client.only(DeleteItemRequest.class);
		assertThat(resolve(delete.conditionExpression(), delete.expressionAttributeNames(),
				delete.expressionAttributeValues()))
			.isEqualTo("((status = 'OPEN' AND " + LIVE + ") OR ((attribute_exists(PK) AND " + LIVE
					+ ") AND (held >= 0.5 AND " + LIVE + ")))");
	}

	@Test
	void severalItemsAreOneTransaction() {
		engine.write(AtomicWrite.create()
			.update("cash", cash, Changes.none().andAdd("balance", BigDecimal.ONE),
					Condition.atLeast("balance", BigDecimal.ZERO))
			.put(Item.at("USER#alice", "LEDGER#01").set("amount", BigDecimal.ONE).build())
			.check("asset", Key.of("ASSET", "ASSET#BTC"), Condition.exists()));

		TransactWriteItemsRequest transaction = client.only(TransactWriteItemsRequest.class);
		List<TransactWriteItem> items = transaction.transactItems();
		assertThat(items).hasSize(3);
		assertThat(items.get(0).update().tableName()).isEqualTo("orders");
		assertThat(items.get(1).put().item()).containsEntry("amount", AttributeValue.fromN("1"));
		assertThat(items.get(1).put().conditionExpression()).isNull();
		var check = items.get(2).conditionCheck();
		assertThat(resolve(check.conditionExpression(), check.expressionAttributeNames(),
				check.expressionAttributeValues()))
			.isEqualTo("(attribute_exists(PK) AND " + LIVE + ")");
	}

	@Test
	void failedConditionsOfATransactionAreNamedByLabelOrPosition() {
		client.answer(cancelled("None", "ConditionalCheckFailed", "ConditionalCheckFailed"));

		assertThatThrownBy(() -> engine.write(threeWrites())).isExactlyInstanceOf(ConditionFailedException.class)
			.satisfies(
					ex -> assertThat(((ConditionFailedException) ex).failed()).containsExactlyInAnyOrder("cash", "#2"));
	}

	@Test
	void onlyVersionedWritesFailingIsAnOptimisticConflict() {
		client.answer(cancelled("ConditionalCheckFailed", "None", "None"));
		assertThatThrownBy(() -> engine.write(threeWrites())).isInstanceOfSatisfying(OptimisticConflictException.class,
				ex -> assertThat(ex.failed()).containsExactly("holding"));

		client.answer(cancelled("ConditionalCheckFailed", "ConditionalCheckFailed", "None"));
		assertThatThrownBy(() -> engine.write(threeWrites())).isExactlyInstanceOf(ConditionFailedException.class);
	}

	@Test
	void aTransactionConflictOrThrottlingIsACollisionTheStoreRetries() {
		client.answer(cancelled("None", "TransactionConflict", "None"));
		assertThatThrownBy(() -> engine.write(threeWrites())).isInstanceOf(WriteCollisionException.class);

		client.answer(cancelled("ThrottlingError", "None", "None"));
		assertThatThrownBy(() -> engine.write(threeWrites())).isInstanceOf(WriteCollisionException.class);

		client.answer(TransactionConflictException.builder().message("busy").build());
		assertThatThrownBy(() -> engine.write(AtomicWrite.create().put(Item.at("A", "B").build())))
			.isInstanceOf(WriteCollisionException.class);

		client.answer(ProvisionedThroughputExceededException.builder().message("slow down").build());
		assertThatThrownBy(() -> engine.write(AtomicWrite.create().put(Item.at("A", "B").build())))
			.isInstanceOf(WriteCollisionException.class);
	}

	@Test
	void aFailedConditionOfOneItemIsNamedByItsLabel() {
		client.answer(ConditionalCheckFailedException.builder().message("no").build());
		assertThatThrownBy(
				() -> engine.write(AtomicWrite.create().putIfAbsent("email", Item.at("EMAIL#a", "EMAIL").build())))
			.isExactlyInstanceOf(ConditionFailedException.class)
			.satisfies(ex -> assertThat(((ConditionFailedException) ex).failed()).containsExactly("email"));

		client.answer(ConditionalCheckFailedException.builder().message("no").build());
		assertThatThrownBy(
				() -> engine.write(AtomicWrite.create().updateVersioned("cash", cash, Changes.set("a", "b"), 2)))
			.isInstanceOfSatisfying(OptimisticConflictException.class,
					ex -> assertThat(ex.failed()).containsExactly("cash"));

		client.answer(ConditionalCheckFailedException.builder().message("no").build());
		assertThatThrownBy(() -> engine.write(AtomicWrite.create().delete(null, cash, Condition.exists())))
			.isInstanceOfSatisfying(ConditionFailedException.class,
					ex -> assertThat(ex.failed()).containsExactly("#0"));
	}

	@Test
	void aLoneCheckIsAConsistentRead() {
		client.answer(GetItemResponse.builder().build());

		assertThatThrownBy(() -> engine.write(AtomicWrite.create().check("asset", cash, Condition.exists())))
			.isInstanceOfSatisfying(ConditionFailedException.class,
					ex -> assertThat(ex.failed()).containsExactly("asset"));
		assertThat(client.only(GetItemRequest.class).consistentRead()).isTrue();
	}

	@Test
	void anUnreachableServiceMakesTheStoreUnavailable() {
		client.answer(SdkClientException.create("Unable to execute HTTP request: Connection refused"));
		assertThatThrownBy(() -> engine.get(cash)).isInstanceOf(StoreUnavailableException.class);

		client.answer(SdkClientException.create("Unable to execute HTTP request: Connection refused"));
		assertThatThrownBy(() -> engine.write(AtomicWrite.create().put(Item.at("A", "B").build())))
			.isInstanceOf(StoreUnavailableException.class);
	}

	@Test
	void aTableQueryReadsConsistentlyUnderAPrefix() {
		client.answer(QueryResponse.builder().items(List.of()).build());

		engine.query(Query.table("USER#alice").beginsWith("ORDER#").limit(2));

		QueryRequest query = client.only(QueryRequest.class);
		assertThat(query.indexName()).isNull();
		assertThat(query.consistentRead()).isTrue();
		assertThat(query.scanIndexForward()).isTrue();
		assertThat(query.limit()).isEqualTo(3);
		assertThat(query.exclusiveStartKey()).isEmpty();
		assertThat(query.expressionAttributeNames()).as("only names the expressions use")
			.containsOnlyKeys("#n0", "#n1", "#n2");
		Map<String, String> names = query.expressionAttributeNames();
		Map<String, AttributeValue> values = query.expressionAttributeValues();
		assertThat(resolve(query.keyConditionExpression(), names, values))
			.isEqualTo("PK = 'USER#alice' AND begins_with(SK, 'ORDER#')");
		assertThat(resolve(query.filterExpression(), names, values)).isEqualTo(LIVE);
	}

	@Test
	void anIndexQueryFiltersNewestFirstAfterACursor() {
		client.answer(QueryResponse.builder().items(List.of()).build());
		Key last = Key.of("USER#bob", "ORDER#01J5");

		engine.query(Query.index(Index.GSI2, "ORDERS#2024-05-01")
			.between("2024-05-01T10", "2024-05-01T12")
			.where(Filter.anyOf(Filter.equalTo("status", "FILLED"), Filter.contains("symbol", "BT")))
			.newestFirst()
			.limit(20)
			.afterItem(last, "2024-05-01T11:00Z"));

		QueryRequest query = client.only(QueryRequest.class);
		assertThat(query.indexName()).isEqualTo("GSI2");
		assertThat(query.consistentRead()).isFalse();
		assertThat(query.scanIndexForward()).isFalse();
		assertThat(query.limit()).isEqualTo(DynamoDbStoreEngine.FILTERED_PAGE_SIZE);
		Map<String, String> names = query.expressionAttributeNames();
		Map<String, AttributeValue> values = query.expressionAttributeValues();
		assertThat(resolve(query.keyConditionExpression(), names, values))
			.isEqualTo("GSI2PK = 'ORDERS#2024-05-01' AND GSI2SK BETWEEN '2024-05-01T10' AND '2024-05-01T12'");
		assertThat(resolve(query.filterExpression(), names, values))
			.isEqualTo("((status = 'FILLED') OR contains(symbol, 'BT')) AND " + LIVE);
		assertThat(query.exclusiveStartKey()).containsExactlyInAnyOrderEntriesOf(Map.of("PK",
				AttributeValue.fromS("USER#bob"), "SK", AttributeValue.fromS("ORDER#01J5"), "GSI2PK",
				AttributeValue.fromS("ORDERS#2024-05-01"), "GSI2SK", AttributeValue.fromS("2024-05-01T11:00Z")));
	}

	@Test
	void aPageCursorContinuesAfterItsLastItem() {
		Item second = order("02");
		client.answer(QueryResponse.builder()
			.items(attributes(order("01")), attributes(second), attributes(order("03")))
			.build());

		Page page = engine.query(Query.table("USER#alice").beginsWith("ORDER#").limit(2));

		assertThat(page.items()).extracting(item -> item.str("SK")).containsExactly("ORDER#01", "ORDER#02");
		assertThat(page.cursor()).isEqualTo(Cursor.of(Index.TABLE, second).encode());

		client.answer(QueryResponse.builder().items(attributes(order("03"))).build());
		Page next = engine.query(Query.table("USER#alice").beginsWith("ORDER#").limit(2).after(page.cursor()));

		assertThat(next.items()).extracting(item -> item.str("SK")).containsExactly("ORDER#03");
		assertThat(next.hasMore()).isFalse();
		assertThat(client.last(QueryRequest.class).exclusiveStartKey())
			.isEqualTo(DynamoDbStoreEngine.key(second.key()));
	}

	@Test
	void aFilteredPageIsCollectedAcrossDynamoDbPages() {
		Map<String, AttributeValue> more = Map.of("PK", AttributeValue.fromS("x"));
		client.answer(QueryResponse.builder().items(attributes(order("01"))).lastEvaluatedKey(more).build());
		client.answer(QueryResponse.builder().items(List.of()).lastEvaluatedKey(more).build());
		client.answer(QueryResponse.builder()
			.items(attributes(order("05")), attributes(order("07")))
			.lastEvaluatedKey(more)
			.build());

		Page page = engine.query(Query.table("USER#alice").where(Filter.equalTo("status", "OPEN")).limit(2));

		assertThat(page.items()).extracting(item -> item.str("SK")).containsExactly("ORDER#01", "ORDER#05");
		assertThat(page.cursor()).isEqualTo(Cursor.of(Index.TABLE, order("05")).encode());
		assertThat(client.all(QueryRequest.class)).hasSize(3)
			.extracting(QueryRequest::exclusiveStartKey)
			.containsExactly(Map.of(), more, more);
	}

	@Test
	void theLastPageHasNoCursor() {
		Map<String, AttributeValue> more = Map.of("PK", AttributeValue.fromS("x"));
		client.answer(QueryResponse.builder().items(attributes(order("01"))).lastEvaluatedKey(more).build());
		client.answer(QueryResponse.builder().items(attributes(order("02"))).build());

		Page page = engine.query(Query.table("USER#alice").where(Filter.equalTo("status", "OPEN")).limit(2));

		assertThat(page.items()).hasSize(2);
		assertThat(page.hasMore()).isFalse();
	}

	@Test
	void countSumsEveryPageOfCounts() {
		client
			.answer(QueryResponse.builder().count(3).lastEvaluatedKey(Map.of("PK", AttributeValue.fromS("x"))).build());
		client.answer(QueryResponse.builder().count(4).build());

		assertThat(engine.count(Query.table("USER#alice").beginsWith("LEDGER#").limit(1))).isEqualTo(7);
		assertThat(client.all(QueryRequest.class)).extracting(QueryRequest::select).containsOnly(Select.COUNT);
	}

	@Test
	void numbersKeepEveryDigitBothWays() {
		engine.write(AtomicWrite.create()
			.put(Item.at("USER#alice", "CASH")
				.set("fee", new BigDecimal("0.10000000"))
				.set("big", new BigDecimal("12345678901234567890.12"))
				.build()));
		assertThat(client.only(PutItemRequest.class).item()).containsEntry("fee", AttributeValue.fromN("0.10000000"))
			.containsEntry("big", AttributeValue.fromN("12345678901234567890.12"));

		client.answer(GetItemResponse.builder()
			.item(Map.of("PK", AttributeValue.fromS("USER#alice"), "SK", AttributeValue.fromS("CASH"), "fee",
					AttributeValue.fromN("0.10000000"), "big", AttributeValue.fromN("12345678901234567890.12"),
					"locked", AttributeValue.fromBool(true), "meta",
					AttributeValue.fromM(Map.of("ip", AttributeValue.fromS("10.0.0.1")))))
			.build());
		Item item = engine.get(cash).orElseThrow();

		assertThat(item.decimal("fee")).isEqualTo(new BigDecimal("0.10000000"));
		assertThat(item.decimal("big")).isEqualTo(new BigDecimal("12345678901234567890.12"));
		assertThat(item.bool("locked")).isTrue();
		assertThat(item.map("meta")).containsExactly(Map.entry("ip", "10.0.0.1"));
		assertThat(client.last(GetItemRequest.class).consistentRead()).isTrue();
	}

	@Test
	void expiredItemsAreNotThere() {
		client.answer(GetItemResponse.builder().item(expiring("IDEM#1", NOW)).build());
		assertThat(engine.get(cash)).isEmpty();

		client.answer(GetItemResponse.builder().item(expiring("IDEM#1", NOW + 1)).build());
		assertThat(engine.get(cash)).isPresent();

		client.answer(BatchGetItemResponse.builder()
			.responses(Map.of("orders", List.of(expiring("IDEM#1", NOW - 5), expiring("IDEM#2", NOW + 5))))
			.build());
		assertThat(engine.getAll(List.of(Key.of("USER#alice", "IDEM#1"), Key.of("USER#alice", "IDEM#2"))))
			.extracting(i -> i.str("SK"))
			.containsExactly("IDEM#2");

		client.answer(QueryResponse.builder().items(expiring("IDEM#1", NOW - 5), expiring("IDEM#2", NOW + 5)).build());
		assertThat(engine.query(Query.table("USER#alice")).items()).extracting(i -> i.str("SK"))
			.containsExactly("IDEM#2");
		assertThat(client.last(QueryRequest.class).expressionAttributeNames()).containsOnlyKeys("#n0", "#n1");

		client.answer(ScanResponse.builder().items(expiring("IDEM#1", NOW - 5), expiring("IDEM#3", NOW + 5)).build());
		List<Item> scanned = new ArrayList<>();
		engine.scan(Filter.equalTo("kind", "idem"), scanned::add);
		assertThat(scanned).extracting(i -> i.str("SK")).containsExactly("IDEM#3");
		ScanRequest scan = client.last(ScanRequest.class);
		assertThat(resolve(scan.filterExpression(), scan.expressionAttributeNames(), scan.expressionAttributeValues()))
			.isEqualTo("(kind = 'idem') AND " + LIVE);
	}

	@Test
	void batchReadsAskAtMostAHundredKeysAndAgainForUnprocessedOnes() {
		List<Key> keys = IntStream.range(0, 150).mapToObj(i -> Key.of("ASSET", "ASSET#" + i)).toList();
		List<Key> withRepeats = new ArrayList<>(keys);
		withRepeats.add(keys.get(0));
		Map<String, AttributeValue> leftOver = DynamoDbStoreEngine.key(keys.get(7));
		client.answer(BatchGetItemResponse.builder()
			.responses(Map.of("orders", List.of(DynamoDbStoreEngine.key(keys.get(0)))))
			.unprocessedKeys(Map.of("orders", KeysAndAttributes.builder().keys(leftOver).consistentRead(true).build()))
			.build());
		client.answer(BatchGetItemResponse.builder().responses(Map.of("orders", List.of(leftOver))).build());
		client.answer(BatchGetItemResponse.builder()
			.responses(Map.of("orders", List.of(DynamoDbStoreEngine.key(keys.get(120)))))
			.build());

		List<Item> found = engine.getAll(withRepeats);

		assertThat(found).extracting(Item::key).containsExactly(keys.get(0), keys.get(7), keys.get(120));
		List<BatchGetItemRequest> requests = client.all(BatchGetItemRequest.class);
		assertThat(requests).extracting(r -> r.requestItems().get("orders").keys().size()).containsExactly(100, 1, 50);
		assertThat(requests).allSatisfy(r -> assertThat(r.requestItems().get("orders").consistentRead()).isTrue());
	}

	private AtomicWrite threeWrites() {
		return AtomicWrite.create()
			.updateVersioned("holding", Key.of("USER#alice", "HOLDING#BTC"), Changes.set("quantity", 1), 4)
			.update("cash", cash, Changes.none().andAdd("balance", BigDecimal.ONE.negate()),
					Condition.atLeast("balance", BigDecimal.ONE))
			.put(null, Item.at("USER#alice", "LEDGER#01").build(), Condition.notExists());
	}

	private static TransactionCanceledException cancelled(String... codes) {
		return TransactionCanceledException.builder()
			.message("Transaction cancelled")
			.cancellationReasons(
					List.of(codes).stream().map(c -> CancellationReason.builder().code(c).build()).toList())
			.build();
	}

	private static Item order(String id) {
		return Item.at("USER#alice", "ORDER#" + id).set("status", "OPEN").build();
	}

	private static Map<String, AttributeValue> attributes(Item item) {
		return AttributeValues.toAttributes(item);
	}

	private static Map<String, AttributeValue> expiring(String sk, long expiresAt) {
		return attributes(Item.at("USER#alice", sk).set("expires_at", expiresAt).build());
	}

	/** The expression with its placeholders replaced by names and values. */
	private static String resolve(String expression, Map<String, String> names, Map<String, AttributeValue> values) {
		Map<String, String> replacements = new LinkedHashMap<>(names);
		values.forEach((placeholder, value) -> replacements.put(placeholder, render(value)));
		String resolved = expression;
		for (String placeholder : replacements.keySet()
			.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList()) {
			resolved = resolved.replace(placeholder, replacements.get(placeholder));
		}
		return resolved;
	}

	private static String render(AttributeValue value) {
		if (value.s() != null) {
			return "'" + value.s() + "'";
		}
		if (value.n() != null) {
			return value.n().equals(Long.toString(NOW)) ? "NOW" : value.n();
		}
		return String.valueOf(value.bool());
	}

	/**
	 * Records every request and answers with the queued responses or exceptions, else an
	 * empty response.
	 */
	static final class StubClient implements DynamoDbClient {

		private final List<DynamoDbRequest> requests = new ArrayList<>();

		private final Deque<Object> answers = new ArrayDeque<>();

		void answer(Object responseOrException) {
			answers.add(responseOrException);
		}

		<T extends DynamoDbRequest> T only(Class<T> type) {
			assertThat(requests).hasSize(1);
			return type.cast(requests.get(0));
		}

		<T extends DynamoDbRequest> List<T> all(Class<T> type) {
			assertThat(requests).allMatch(type::isInstance);
			return requests.stream().map(type::cast).toList();
		}

		<T extends DynamoDbRequest> T last(Class<T> type) {
			return type.cast(requests.get(requests.size() - 1));
		}

		@SuppressWarnings("unchecked")
		private <T> T respond(DynamoDbRequest request, Supplier<T> empty) {
			requests.add(request);
			Object answer = answers.poll();
			if (answer instanceof RuntimeException ex) {
				throw ex;
			}
			return answer == null ? empty.get() : (T) answer;
		}

		@Override
		public GetItemResponse getItem(GetItemRequest request) {
			return respond(request, () -> GetItemResponse.builder().build());
		}

		@Override
		public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
			return respond(request, () -> BatchGetItemResponse.builder().build());
		}

		@Override
		public PutItemResponse putItem(PutItemRequest request) {
			return respond(request, () -> PutItemResponse.builder().build());
		}

		@Override
		public UpdateItemResponse updateItem(UpdateItemRequest request) {
			return respond(request, () -> UpdateItemResponse.builder().build());
		}

		@Override
		public DeleteItemResponse deleteItem(DeleteItemRequest request) {
			return respond(request, () -> DeleteItemResponse.builder().build());
		}

		@Override
		public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
			return respond(request, () -> TransactWriteItemsResponse.builder().build());
		}

		@Override
		public QueryResponse query(QueryRequest request) {
			return respond(request, () -> QueryResponse.builder().build());
		}

		@Override
		public ScanResponse scan(ScanRequest request) {
			return respond(request, () -> ScanResponse.builder().build());
		}

		@Override
		public String serviceName() {
			return SERVICE_NAME;
		}

		@Override
		public void close() {
		}

	}

}
