package io.orderprocessor.platform.dynamodb;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import io.orderprocessor.platform.store.AtomicWrite;
import io.orderprocessor.platform.store.AtomicWrite.Operation;
import io.orderprocessor.platform.store.Attributes;
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
import io.orderprocessor.platform.store.StoreEngine;
import io.orderprocessor.platform.store.StoreUnavailableException;
import io.orderprocessor.platform.store.WriteCollisionException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReplicatedWriteConflictException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;
import software.amazon.awssdk.services.dynamodb.model.TransactionInProgressException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The store on one DynamoDB table of the single-table design ({@code PK}/{@code SK}, the
 * indexes {@code GSI1} and {@code GSI2}, TTL on {@code expires_at}). A write of one item
 * is one conditional {@code PutItem}, {@code UpdateItem} or {@code DeleteItem} (half the
 * cost of a transaction); a write of several is one {@code TransactWriteItems}. Reads of
 * the table are strongly consistent, reads of an index eventually consistent (DynamoDB
 * offers no other). Expired items, which DynamoDB deletes only some time later, are
 * filtered out of every read and count as absent in conditions.
 */
public class DynamoDbStoreEngine implements StoreEngine {

	static final int BATCH_GET_LIMIT = 100;

	/** Items a filtered query asks for per DynamoDB page at least. */
	static final int FILTERED_PAGE_SIZE = 100;

	private static final String CONDITION_FAILED = "ConditionalCheckFailed";

	private static final Set<String> COLLISIONS = Set.of("TransactionConflict", "ThrottlingError",
			"ProvisionedThroughputExceeded", "RequestLimitExceeded");

	private final DynamoDbClient client;

	private final String table;

	private final Clock clock;

	public DynamoDbStoreEngine(DynamoDbClient client, String table) {
		this(client, table, Clock.systemUTC());
	}

	DynamoDbStoreEngine(DynamoDbClient client, String table, Clock clock) {
		this.client = client;
		this.table = table;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "dynamodb";
	}

	@Override
	public Optional<Item> get(Key key) {
		long now = now();
		try {
			Map<String, AttributeValue> item = client
				.getItem(GetItemRequest.builder().tableName(table).key(key(key)).consistentRead(true).build())
				.item();
			return Optional.ofNullable(live(AttributeValues.toItem(item), now));
		}
		catch (SdkException ex) {
			throw translate(ex, false);
		}
	}

	@Override
	public List<Item> getAll(Collection<Key> keys) {
		long now = now();
		List<Key> distinct = new ArrayList<>(new LinkedHashSet<>(keys));
		List<Item> found = new ArrayList<>();
		try {
			for (int from = 0; from < distinct.size(); from += BATCH_GET_LIMIT) {
				List<Map<String, AttributeValue>> chunk = distinct
					.subList(from, Math.min(from + BATCH_GET_LIMIT, distinct.size()))
					.stream()
					.map(DynamoDbStoreEngine::key)
					.toList();
				Map<String, KeysAndAttributes> request = Map.of(table,
						KeysAndAttributes.builder().keys(chunk).consistentRead(true).build());
				for (int round = 0; !request.isEmpty(); round++) {
					pauseBeforeRetry(round);
					Map<String, KeysAndAttributes> asked = request;
					BatchGetItemResponse response = client.batchGetItem(b -> b.requestItems(asked));
					for (Map<String, AttributeValue> attributes : response.responses().getOrDefault(table, List.of())) {
						Item item = live(AttributeValues.toItem(attributes), now);
						if (item != null) {
							found.add(item);
						}
					}
					request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
				}
			}
			return found;
		}
		catch (SdkException ex) {
			throw translate(ex, false);
		}
	}

	@Override
	public Page query(Query query) {
		long now = now();
		Plan plan = plan(query, now);
		if (plan == null) {
			return new Page(List.of(), null);
		}
		int limit = query.limit();
		long wanted = (long) limit + 1;
		List<Item> found = new ArrayList<>();
		Map<String, AttributeValue> start = query.cursor() == null ? null
				: startKey(query.index(), query.partition(), query.cursor());
		try {
			do {
				QueryRequest.Builder page = plan.request().toBuilder().exclusiveStartKey(start);
				if (limit != Integer.MAX_VALUE) {
					long remaining = wanted - found.size();
					page.limit((int) (plan.filtered() ? Math.max(remaining, FILTERED_PAGE_SIZE) : remaining));
				}
				QueryResponse response = client.query(page.build());
				for (Map<String, AttributeValue> attributes : response.items()) {
					Item item = AttributeValues.toItem(attributes);
					if (plan.accepts(item, now)) {
						found.add(item);
						if (found.size() == wanted) {
							break;
						}
					}
				}
				start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
						? response.lastEvaluatedKey() : null;
			}
			while (start != null && found.size() < wanted);
		}
		catch (SdkException ex) {
			throw translate(ex, false);
		}
		if (found.size() > limit) {
			List<Item> items = found.subList(0, limit);
			return new Page(items, Cursor.of(query.index(), items.get(limit - 1)).encode());
		}
		return new Page(found, null);
	}

	@Override
	public long count(Query query) {
		long now = now();
		Plan plan = plan(query, now);
		if (plan == null) {
			return 0;
		}
		try {
			if (plan.local() == null) {
				long count = 0;
				for (QueryResponse page : client
					.queryPaginator(plan.request().toBuilder().select(Select.COUNT).build())) {
					count += page.count();
				}
				return count;
			}
			return client.queryPaginator(plan.request())
				.items()
				.stream()
				.map(AttributeValues::toItem)
				.filter(item -> plan.accepts(item, now))
				.count();
		}
		catch (SdkException ex) {
			throw translate(ex, false);
		}
	}

	@Override
	public void scan(Filter filter, Consumer<Item> consumer) {
		long now = now();
		Expressions expressions = new Expressions(now);
		String live = expressions.live();
		String expression = filter == null ? live : expressions.filter(filter) + " AND " + live;
		ScanRequest request = ScanRequest.builder()
			.tableName(table)
			.filterExpression(expression)
			.expressionAttributeNames(expressions.names())
			.expressionAttributeValues(expressions.values())
			.consistentRead(true)
			.build();
		try {
			for (Map<String, AttributeValue> attributes : client.scanPaginator(request).items()) {
				Item item = live(AttributeValues.toItem(attributes), now);
				if (item != null) {
					consumer.accept(item);
				}
			}
		}
		catch (SdkException ex) {
			throw translate(ex, false);
		}
	}

	@Override
	public void ping() {
		TableStatus status;
		try {
			status = client.describeTable(b -> b.tableName(table)).table().tableStatus();
		}
		catch (SdkException ex) {
			throw translate(ex, false);
		}
		// an updating table (a new index, new capacity) serves reads and writes
		if (status != TableStatus.ACTIVE && status != TableStatus.UPDATING) {
			throw new StoreUnavailableException("DynamoDB table " + table + " is " + status, null);
		}
	}

	@Override
	public void write(AtomicWrite write) {
		List<Operation> operations = write.operations();
		if (operations.isEmpty()) {
			return;
		}
		long now = now();
		if (operations.size() == 1) {
			writeOne(operations.get(0), now);
			return;
		}
		List<TransactWriteItem> items = new ArrayList<>();
		for (Operation operation : operations) {
			TransactWriteItem item = transactItem(operation, now);
			if (item.update() != null && item.update().updateExpression() == null) {
				throw new IllegalArgumentException("An update of " + operation.key()
						+ " in an atomic write needs a change (use check for a bare condition)");
			}
			items.add(item);
		}
		try {
			client.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(items).build());
		}
		catch (TransactionCanceledException ex) {
			throw cancelled(operations, ex);
		}
		catch (SdkException ex) {
			throw translate(ex, true);
		}
	}

	/**
	 * One item: a plain conditional write, half the cost of a transaction, with the
	 * request a transaction would carry for it.
	 */
	private void writeOne(Operation operation, long now) {
		if (operation.kind() == AtomicWrite.Kind.CHECK) {
			// nothing is written: a consistent read answers it, at a read's cost
			Item current = get(operation.key()).orElse(null);
			if (!requireCondition(operation).holdsFor(current)) {
				throw failed(operation, 0);
			}
			return;
		}
		TransactWriteItem item = transactItem(operation, now);
		try {
			switch (operation.kind()) {
				case PUT -> client.putItem(single(item.put()));
				case UPDATE -> client.updateItem(single(item.update()));
				case DELETE -> client.deleteItem(single(item.delete()));
				default -> throw new IllegalStateException("Not a write: " + operation.kind());
			}
		}
		catch (ConditionalCheckFailedException ex) {
			throw failed(operation, 0);
		}
		catch (SdkException ex) {
			throw translate(ex, true);
		}
	}

	private static PutItemRequest single(Put put) {
		return PutItemRequest.builder()
			.tableName(put.tableName())
			.item(put.item())
			.conditionExpression(put.conditionExpression())
			.expressionAttributeNames(put.expressionAttributeNames())
			.expressionAttributeValues(put.expressionAttributeValues())
			.build();
	}

	private static UpdateItemRequest single(Update update) {
		return UpdateItemRequest.builder()
			.tableName(update.tableName())
			.key(update.key())
			.updateExpression(update.updateExpression())
			.conditionExpression(update.conditionExpression())
			.expressionAttributeNames(update.expressionAttributeNames())
			.expressionAttributeValues(update.expressionAttributeValues())
			.build();
	}

	private static DeleteItemRequest single(Delete delete) {
		return DeleteItemRequest.builder()
			.tableName(delete.tableName())
			.key(delete.key())
			.conditionExpression(delete.conditionExpression())
			.expressionAttributeNames(delete.expressionAttributeNames())
			.expressionAttributeValues(delete.expressionAttributeValues())
			.build();
	}

	private TransactWriteItem transactItem(Operation operation, long now) {
		Expressions expressions = new Expressions(now);
		String condition = operation.condition() == null ? null : expressions.condition(operation.condition());
		TransactWriteItem.Builder item = TransactWriteItem.builder();
		switch (operation.kind()) {
			case PUT -> item.put(Put.builder()
				.tableName(table)
				.item(AttributeValues.toAttributes(operation.item()))
				.conditionExpression(condition)
				.expressionAttributeNames(expressions.names())
				.expressionAttributeValues(expressions.values())
				.build());
			case UPDATE -> {
				String update = expressions.update(operation.changes());
				item.update(Update.builder()
					.tableName(table)
					.key(key(operation.key()))
					.updateExpression(update)
					.conditionExpression(condition)
					.expressionAttributeNames(expressions.names())
					.expressionAttributeValues(expressions.values())
					.build());
			}
			case DELETE -> item.delete(Delete.builder()
				.tableName(table)
				.key(key(operation.key()))
				.conditionExpression(condition)
				.expressionAttributeNames(expressions.names())
				.expressionAttributeValues(expressions.values())
				.build());
			case CHECK -> {
				String required = expressions.condition(requireCondition(operation));
				item.conditionCheck(ConditionCheck.builder()
					.tableName(table)
					.key(key(operation.key()))
					.conditionExpression(required)
					.expressionAttributeNames(expressions.names())
					.expressionAttributeValues(expressions.values())
					.build());
			}
		}
		return item.build();
	}

	private static Condition requireCondition(Operation operation) {
		if (operation.condition() == null) {
			throw new IllegalArgumentException("A check of " + operation.key() + " needs a condition");
		}
		return operation.condition();
	}

	/** Which conditions failed, or whether the transaction met another one. */
	private static RuntimeException cancelled(List<Operation> operations, TransactionCanceledException ex) {
		List<CancellationReason> reasons = ex.hasCancellationReasons() ? ex.cancellationReasons() : List.of();
		Set<String> failed = new LinkedHashSet<>();
		boolean onlyOptimistic = true;
		boolean collision = false;
		for (int i = 0; i < reasons.size() && i < operations.size(); i++) {
			String code = reasons.get(i).code();
			if (CONDITION_FAILED.equals(code)) {
				failed.add(label(operations.get(i), i));
				onlyOptimistic &= operations.get(i).optimistic();
			}
			else if (COLLISIONS.contains(code)) {
				collision = true;
			}
		}
		if (!failed.isEmpty()) {
			return onlyOptimistic ? new OptimisticConflictException(failed) : new ConditionFailedException(failed);
		}
		if (collision) {
			return new WriteCollisionException("DynamoDB transaction met a concurrent write", ex);
		}
		return ex;
	}

	private static ConditionFailedException failed(Operation operation, int position) {
		Set<String> label = Set.of(label(operation, position));
		return operation.optimistic() ? new OptimisticConflictException(label) : new ConditionFailedException(label);
	}

	private static String label(Operation operation, int position) {
		return operation.label() != null ? operation.label() : "#" + position;
	}

	/**
	 * The store's exception for an SDK one: unreachable or failing service, or (for
	 * writes) a collision the store sends again.
	 */
	static RuntimeException translate(SdkException ex, boolean writing) {
		if (ex instanceof TransactionConflictException || ex instanceof ReplicatedWriteConflictException
				|| ex instanceof TransactionInProgressException) {
			return new WriteCollisionException("DynamoDB write met a concurrent transaction", ex);
		}
		boolean throttled = ex instanceof ProvisionedThroughputExceededException
				|| ex instanceof RequestLimitExceededException
				|| (ex instanceof SdkServiceException service && service.isThrottlingException());
		if (throttled) {
			return writing ? new WriteCollisionException("DynamoDB throttled the write", ex)
					: new StoreUnavailableException("DynamoDB throttled the read", ex);
		}
		if (ex instanceof SdkClientException) {
			return new StoreUnavailableException("DynamoDB cannot be reached: " + ex.getMessage(), ex);
		}
		if (ex instanceof ResourceNotFoundException) {
			return new StoreUnavailableException("DynamoDB table missing: " + ex.getMessage(), ex);
		}
		if (ex instanceof SdkServiceException service && service.statusCode() >= 500) {
			return new StoreUnavailableException("DynamoDB failed: " + ex.getMessage(), ex);
		}
		return ex;
	}

	/**
	 * The request of a query without its page size and start; null when its range is
	 * empty (DynamoDB rejects a BETWEEN whose bounds are reversed).
	 */
	private Plan plan(Query query, long now) {
		if (query.from() != null && query.to() != null && query.from().compareTo(query.to()) > 0) {
			return null;
		}
		Index index = query.index();
		Expressions expressions = new Expressions(now);
		StringBuilder keyCondition = new StringBuilder(expressions.name(index.partitionAttribute())).append(" = ")
			.append(expressions.value(query.partition()));
		// named only when used: DynamoDB rejects unused names
		String sort = query.from() != null || query.to() != null || query.prefix() != null
				? expressions.name(index.sortAttribute()) : null;
		if (query.from() != null && query.to() != null) {
			keyCondition.append(" AND ")
				.append(sort)
				.append(" BETWEEN ")
				.append(expressions.value(query.from()))
				.append(" AND ")
				.append(expressions.value(query.to()));
		}
		else if (query.from() != null) {
			keyCondition.append(" AND ").append(sort).append(" >= ").append(expressions.value(query.from()));
		}
		else if (query.to() != null) {
			keyCondition.append(" AND ").append(sort).append(" <= ").append(expressions.value(query.to()));
		}
		List<Predicate<Item>> local = new ArrayList<>();
		String prefix = query.prefix();
		if (prefix != null) {
			if (query.from() == null && query.to() == null) {
				keyCondition.append(" AND begins_with(")
					.append(sort)
					.append(", ")
					.append(expressions.value(prefix))
					.append(')');
			}
			else {
				// one sort key condition per query: the prefix is checked here
				local.add(item -> item.str(index.sortAttribute()) != null
						&& item.str(index.sortAttribute()).startsWith(prefix));
			}
		}
		// filter expressions may not name key attributes: such filters are applied here
		Set<String> keys = new HashSet<>(
				List.of(Attributes.PK, Attributes.SK, index.partitionAttribute(), index.sortAttribute()));
		List<String> filters = new ArrayList<>();
		for (Filter filter : query.filters()) {
			if (names(filter, keys)) {
				local.add(filter::matches);
			}
			else {
				filters.add(expressions.filter(filter));
			}
		}
		boolean filtered = !query.filters().isEmpty() || !local.isEmpty();
		filters.add(expressions.live());
		QueryRequest request = QueryRequest.builder()
			.tableName(table)
			.indexName(index == Index.TABLE ? null : index.name())
			.keyConditionExpression(keyCondition.toString())
			.filterExpression(String.join(" AND ", filters))
			.expressionAttributeNames(expressions.names())
			.expressionAttributeValues(expressions.values())
			.consistentRead(index == Index.TABLE)
			.scanIndexForward(!query.descending())
			.build();
		Predicate<Item> localFilter = local.isEmpty() ? null : local.stream().reduce(Predicate::and).orElseThrow();
		return new Plan(request, localFilter, filtered);
	}

	private static boolean names(Filter filter, Set<String> attributes) {
		if (filter instanceof Filter.EqualTo equalTo) {
			return attributes.contains(equalTo.attribute());
		}
		if (filter instanceof Filter.Contains contains) {
			return attributes.contains(contains.attribute());
		}
		if (filter instanceof Filter.AnyOf anyOf) {
			return anyOf.filters().stream().anyMatch(f -> names(f, attributes));
		}
		return false;
	}

	/**
	 * Where a page after {@code cursor} starts: the table key, and for an index its keys
	 * too.
	 */
	static Map<String, AttributeValue> startKey(Index index, String partition, Cursor cursor) {
		Map<String, AttributeValue> start = new LinkedHashMap<>(key(cursor.key()));
		if (index != Index.TABLE) {
			start.put(index.partitionAttribute(), AttributeValue.fromS(partition));
			start.put(index.sortAttribute(), AttributeValue.fromS(cursor.sortKey()));
		}
		return start;
	}

	static Map<String, AttributeValue> key(Key key) {
		return Map.of(Attributes.PK, AttributeValue.fromS(key.pk()), Attributes.SK, AttributeValue.fromS(key.sk()));
	}

	private static Item live(Item item, long now) {
		return item == null || item.expiredAt(now) ? null : item;
	}

	private long now() {
		return clock.instant().getEpochSecond();
	}

	/**
	 * Unprocessed keys mean throttling: the first retry goes at once, later ones after a
	 * growing pause.
	 */
	private static void pauseBeforeRetry(int round) {
		if (round < 2) {
			return;
		}
		try {
			Thread.sleep(Math.min(1000, 25L << Math.min(round, 6)));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StoreUnavailableException("Interrupted while reading a batch", ex);
		}
	}

	private record Plan(QueryRequest request, Predicate<Item> local, boolean filtered) {

		boolean accepts(Item item, long now) {
			return item != null && !item.expiredAt(now) && (local == null || local.test(item));
		}

	}

}
