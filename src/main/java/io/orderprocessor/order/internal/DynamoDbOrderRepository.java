package io.orderprocessor.order.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.github.f4b6a3.ulid.Ulid;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

import org.springframework.stereotype.Repository;

import io.orderprocessor.order.AssetTransaction;
import io.orderprocessor.order.AssetTransactionPage;
import io.orderprocessor.order.DailyOrders;
import io.orderprocessor.order.Holding;
import io.orderprocessor.order.Order;
import io.orderprocessor.order.OrderListing;
import io.orderprocessor.order.OrderPage;
import io.orderprocessor.order.OrderQuery;
import io.orderprocessor.order.OrderStatus;
import io.orderprocessor.order.OrderType;
import io.orderprocessor.platform.dynamodb.DynamoDbStore;
import io.orderprocessor.platform.dynamodb.Keys;
import io.orderprocessor.platform.dynamodb.WriteTransaction;

import static io.orderprocessor.order.internal.OrderItems.decimal;
import static io.orderprocessor.order.internal.OrderItems.instant;
import static io.orderprocessor.order.internal.OrderItems.n;
import static io.orderprocessor.order.internal.OrderItems.s;
import static io.orderprocessor.order.internal.OrderItems.str;

@Repository
class DynamoDbOrderRepository implements OrderRepository {

	/** Idempotency records are kept a day (the table's TTL removes them). */
	private static final long IDEMPOTENCY_TTL_SECONDS = 24 * 3600;

	private static final BigDecimal ZERO_QUANTITY = BigDecimal.ZERO.setScale(8);

	private final DynamoDbStore store;

	DynamoDbOrderRepository(DynamoDbStore store) {
		this.store = store;
	}

	@Override
	public HoldingState holding(String username, String symbol) {
		Map<String, AttributeValue> item = store.get(OrderItems.userPk(username), OrderItems.HOLDING_PREFIX + symbol);
		if (item == null || item.isEmpty()) {
			return new HoldingState(symbol, ZERO_QUANTITY, ZERO_QUANTITY, BigDecimal.ZERO, 0, null, null);
		}
		return holdingState(item);
	}

	@Override
	public List<Holding> holdings(String username) {
		List<Holding> holdings = new ArrayList<>();
		Map<String, AttributeValue> start = null;
		do {
			QueryRequest.Builder request = QueryRequest.builder()
				.tableName(store.table())
				.keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
				.expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
				.expressionAttributeValues(
						Map.of(":pk", s(OrderItems.userPk(username)), ":prefix", s(OrderItems.HOLDING_PREFIX)))
				.consistentRead(true);
			if (start != null) {
				request.exclusiveStartKey(start);
			}
			QueryResponse response = store.client().query(request.build());
			response.items().forEach(item -> holdings.add(holdingState(item).toHolding()));
			start = next(response);
		}
		while (start != null);
		return holdings;
	}

	@Override
	public Optional<Order> order(String username, String orderId) {
		Map<String, AttributeValue> item = store.get(OrderItems.userPk(username), OrderItems.orderSk(orderId));
		return item == null || item.isEmpty() ? Optional.empty() : Optional.of(OrderItems.order(item));
	}

	@Override
	public OrderPage orders(String username, OrderQuery query) {
		Map<String, AttributeValue> values = new HashMap<>();
		values.put(":pk", s(OrderItems.userPk(username)));
		values.put(":lo", s(OrderItems.ORDER_PREFIX + (query.from() == null ? ""
				: Ulid.min(query.from().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli()).toString())));
		values.put(":hi", s(OrderItems.ORDER_PREFIX + (query.to() == null ? "~"
				: Ulid.max(query.to().atTime(LocalTime.MAX).toInstant(ZoneOffset.UTC).toEpochMilli()).toString())));
		Map<String, String> names = new HashMap<>(Map.of("#pk", Keys.PK, "#sk", Keys.SK));
		String filter = filter(query, names, values);
		Map<String, AttributeValue> start = query.cursor() == null ? null
				: DynamoDbStore.key(OrderItems.userPk(username), OrderItems.orderSk(query.cursor()));
		Query q = new Query("#pk = :pk AND #sk BETWEEN :lo AND :hi", filter, names, values);
		Collected<Order> collected = collect(q, start, query.offset(), query.limit(), OrderItems::order);
		String next = collected.hasMore() ? collected.page().get(collected.page().size() - 1).id() : null;
		return new OrderPage(collected.page(), count(q), collected.hasMore(), next);
	}

	@Override
	public OrderListing allOrders(OrderQuery query) {
		String lo = Ulid.min(query.from().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli()).toString();
		String hi = query.cursor() != null ? query.cursor().substring(Order.ID_PREFIX.length())
				: Ulid.max(query.to().atTime(LocalTime.MAX).toInstant(ZoneOffset.UTC).toEpochMilli()).toString();
		Map<String, String> names = new HashMap<>(Map.of("#pk", Keys.GSI2PK, "#sk", Keys.GSI2SK));
		Map<String, AttributeValue> values = new HashMap<>(Map.of(":lo", s(lo), ":hi", s(hi)));
		String filter = filter(query, names, values);
		List<Order> found = new ArrayList<>();
		int wanted = query.limit() + 1;
		LocalDate newest = query.cursor() == null ? query.to() : OrderItems.dayOf(query.cursor());
		for (LocalDate day = newest; !day.isBefore(query.from()) && found.size() < wanted; day = day.minusDays(1)) {
			values.put(":pk", s(OrderItems.dayPk(day)));
			Query q = new Query("#pk = :pk AND #sk BETWEEN :lo AND :hi", filter, names, Map.copyOf(values));
			Map<String, AttributeValue> start = null;
			do {
				QueryRequest.Builder request = q.request(store.table())
					.indexName(Keys.GSI2)
					.scanIndexForward(false)
					.limit(filter == null ? wanted - found.size() + 1 : Math.max(100, wanted - found.size()));
				if (start != null) {
					request.exclusiveStartKey(start);
				}
				QueryResponse response = store.client().query(request.build());
				for (Map<String, AttributeValue> item : response.items()) {
					Order order = OrderItems.order(item);
					if (found.size() < wanted && !order.id().equals(query.cursor())) {
						found.add(order);
					}
				}
				start = next(response);
			}
			while (found.size() < wanted && start != null);
		}
		boolean hasMore = found.size() > query.limit();
		List<Order> page = hasMore ? found.subList(0, query.limit()) : found;
		return new OrderListing(List.copyOf(page), hasMore, hasMore ? page.get(page.size() - 1).id() : null);
	}

	@Override
	public DailyOrders placedOn(LocalDate day) {
		long placed = 0;
		long filled = 0;
		BigDecimal volume = BigDecimal.ZERO.setScale(2);
		Map<String, AttributeValue> start = null;
		do {
			QueryRequest.Builder request = QueryRequest.builder()
				.tableName(store.table())
				.indexName(Keys.GSI2)
				.keyConditionExpression("#pk = :pk")
				.projectionExpression("#status, #total")
				.expressionAttributeNames(Map.of("#pk", Keys.GSI2PK, "#status", "status", "#total", "total"))
				.expressionAttributeValues(Map.of(":pk", s(OrderItems.dayPk(day))));
			if (start != null) {
				request.exclusiveStartKey(start);
			}
			QueryResponse response = store.client().query(request.build());
			for (Map<String, AttributeValue> item : response.items()) {
				placed++;
				if (OrderStatus.COMPLETED.name().equals(str(item, "status"))) {
					filled++;
					volume = volume.add(decimal(item, "total"));
				}
			}
			start = next(response);
		}
		while (start != null);
		return new DailyOrders(day, placed, filled, volume);
	}

	/** The filter expression of the query's symbol, type, side and status, or null. */
	private static String filter(OrderQuery query, Map<String, String> names, Map<String, AttributeValue> values) {
		List<String> filters = new ArrayList<>();
		if (query.symbol() != null) {
			filters.add("#symbol = :symbol");
			names.put("#symbol", "symbol");
			values.put(":symbol", s(query.symbol()));
		}
		if (query.type() != null) {
			filters.add("#type = :type");
			names.put("#type", "type");
			values.put(":type", s(query.type().name()));
		}
		if (query.side() != null) {
			filters.add("#side = :side");
			names.put("#side", "side");
			values.put(":side", s(query.side().name()));
		}
		if (query.status() != null) {
			filters.add("#status = :status");
			names.put("#status", "status");
			values.put(":status", s(query.status().name()));
		}
		return filters.isEmpty() ? null : String.join(" AND ", filters);
	}

	@Override
	public List<Order> recent(String username, int limit) {
		Query q = new Query("#pk = :pk AND begins_with(#sk, :prefix)", null, Map.of("#pk", Keys.PK, "#sk", Keys.SK),
				Map.of(":pk", s(OrderItems.userPk(username)), ":prefix", s(OrderItems.ORDER_PREFIX)));
		QueryResponse response = store.client()
			.query(q.request(store.table()).scanIndexForward(false).consistentRead(true).limit(limit).build());
		return response.items().stream().map(OrderItems::order).toList();
	}

	@Override
	public AssetTransactionPage transactions(String username, String symbol, String cursor, int limit) {
		Map<String, AttributeValue> values = Map.of(":pk", s(OrderItems.userPk(username)), ":prefix",
				s(OrderItems.ASSETTX_PREFIX + symbol + "#"));
		Query q = new Query("#pk = :pk AND begins_with(#sk, :prefix)", null, Map.of("#pk", Keys.PK, "#sk", Keys.SK),
				values);
		Map<String, AttributeValue> start = cursor == null ? null
				: DynamoDbStore.key(OrderItems.userPk(username), OrderItems.assetTxSk(symbol, cursor));
		Collected<AssetTransaction> collected = collect(q, start, 0, limit, OrderItems::assetTransaction);
		String next = collected.hasMore() ? collected.page().get(collected.page().size() - 1).id() : null;
		return new AssetTransactionPage(collected.page(), count(q), collected.hasMore(), next);
	}

	@Override
	public Optional<IdempotencyRecord> idempotency(String username, String key) {
		Map<String, AttributeValue> item = store.get(OrderItems.userPk(username), OrderItems.IDEM_PREFIX + key);
		if (item == null || item.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new IdempotencyRecord(key, str(item, "order_id"), str(item, "fingerprint"),
				instant(item, "created_at")));
	}

	@Override
	public List<Order> crossing(String symbol, BigDecimal price) {
		// a buy fills when price <= limit, i.e. limit (in cents) >= ceil(price in cents);
		// a sell when price >= limit, i.e. limit <= floor(price in cents)
		BigDecimal cents = price.movePointRight(2);
		List<Order> orders = new ArrayList<>();
		orders.addAll(openOrders(symbol, OrderItems.openSk(OrderType.Side.BUY, cents.setScale(0, RoundingMode.CEILING)),
				OrderItems.openSk(OrderType.Side.BUY, new BigDecimal("999999999999"))));
		orders.addAll(openOrders(symbol, OrderItems.openSk(OrderType.Side.SELL, BigDecimal.ZERO),
				OrderItems.openSk(OrderType.Side.SELL, cents.setScale(0, RoundingMode.FLOOR))));
		return orders;
	}

	private List<Order> openOrders(String symbol, String from, String to) {
		List<Order> orders = new ArrayList<>();
		Map<String, AttributeValue> start = null;
		do {
			QueryRequest.Builder request = QueryRequest.builder()
				.tableName(store.table())
				.indexName(Keys.GSI1)
				.keyConditionExpression("#pk = :pk AND #sk BETWEEN :from AND :to")
				.expressionAttributeNames(Map.of("#pk", Keys.GSI1PK, "#sk", Keys.GSI1SK))
				.expressionAttributeValues(Map.of(":pk", s(OrderItems.openPk(symbol)), ":from", s(from), ":to", s(to)));
			if (start != null) {
				request.exclusiveStartKey(start);
			}
			QueryResponse response = store.client().query(request.build());
			response.items().forEach(item -> orders.add(OrderItems.order(item)));
			start = next(response);
		}
		while (start != null);
		return orders;
	}

	@Override
	public void putNewOrder(WriteTransaction tx, Order order) {
		tx.putIfAbsent(ORDER, OrderItems.order(order));
	}

	@Override
	public void updatePendingOrder(WriteTransaction tx, Order order) {
		tx.put(ORDER, OrderItems.order(order), "#status = :pending", Map.of(":pending", s(OrderStatus.PENDING.name())));
	}

	@Override
	public void putHolding(WriteTransaction tx, String username, HoldingState current, BigDecimal quantity,
			BigDecimal heldQuantity, BigDecimal averageCost, Instant now) {
		tx.updateVersioned(HOLDING,
				DynamoDbStore.key(OrderItems.userPk(username), OrderItems.HOLDING_PREFIX + current.symbol()),
				"SET #entity = :entity, #symbol = :symbol, #quantity = :quantity, #held_quantity = :held, "
						+ "#average_cost = :cost, #created_at = if_not_exists(#created_at, :now), #updated_at = :now",
				current.version(), Map.of(":entity", s("HOLDING"), ":symbol", s(current.symbol()), ":quantity",
						n(quantity), ":held", n(heldQuantity), ":cost", n(averageCost), ":now", s(now.toString())));
	}

	@Override
	public void putAssetTransaction(WriteTransaction tx, String username, AssetTransaction transaction) {
		tx.putIfAbsent("asset-transaction", OrderItems.assetTransaction(username, transaction));
	}

	@Override
	public void putIdempotency(WriteTransaction tx, String username, IdempotencyRecord record) {
		Map<String, AttributeValue> item = new HashMap<>();
		item.put(Keys.PK, s(OrderItems.userPk(username)));
		item.put(Keys.SK, s(OrderItems.IDEM_PREFIX + record.key()));
		item.put("entity", s("IDEMPOTENCY"));
		item.put("order_id", s(record.orderId()));
		item.put("fingerprint", s(record.fingerprint()));
		item.put("created_at", s(record.createdAt().toString()));
		item.put(Keys.TTL, n(record.createdAt().getEpochSecond() + IDEMPOTENCY_TTL_SECONDS));
		tx.putIfAbsent(IDEMPOTENCY, item);
	}

	private static HoldingState holdingState(Map<String, AttributeValue> item) {
		return new HoldingState(str(item, "symbol"), decimal(item, "quantity").setScale(8),
				decimal(item, "held_quantity").setScale(8), decimal(item, "average_cost"), OrderItems.version(item),
				instant(item, "created_at"), instant(item, "updated_at"));
	}

	private <T> Collected<T> collect(Query q, Map<String, AttributeValue> start, int offset, int limit,
			Function<Map<String, AttributeValue>, T> mapper) {
		List<T> found = new ArrayList<>();
		int wanted = offset + limit + 1;
		do {
			QueryRequest.Builder request = q.request(store.table())
				.scanIndexForward(false)
				.consistentRead(true)
				.limit(q.filter() == null ? wanted - found.size() : Math.max(100, wanted - found.size()));
			if (start != null) {
				request.exclusiveStartKey(start);
			}
			QueryResponse response = store.client().query(request.build());
			for (Map<String, AttributeValue> item : response.items()) {
				if (found.size() < wanted) {
					found.add(mapper.apply(item));
				}
			}
			start = next(response);
		}
		while (found.size() < wanted && start != null);
		List<T> afterOffset = found.size() <= offset ? List.of() : found.subList(offset, found.size());
		boolean hasMore = afterOffset.size() > limit;
		return new Collected<>(List.copyOf(hasMore ? afterOffset.subList(0, limit) : afterOffset), hasMore);
	}

	private long count(Query q) {
		long total = 0;
		Map<String, AttributeValue> start = null;
		do {
			QueryRequest.Builder request = q.request(store.table()).select(Select.COUNT).consistentRead(true);
			if (start != null) {
				request.exclusiveStartKey(start);
			}
			QueryResponse response = store.client().query(request.build());
			total += response.count();
			start = next(response);
		}
		while (start != null);
		return total;
	}

	private static Map<String, AttributeValue> next(QueryResponse response) {
		return response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey()
				: null;
	}

	private record Query(String keyCondition, String filter, Map<String, String> names,
			Map<String, AttributeValue> values) {

		QueryRequest.Builder request(String table) {
			QueryRequest.Builder request = QueryRequest.builder()
				.tableName(table)
				.keyConditionExpression(keyCondition)
				.expressionAttributeNames(names)
				.expressionAttributeValues(values);
			if (filter != null) {
				request.filterExpression(filter);
			}
			return request;
		}

	}

	private record Collected<T>(List<T> page, boolean hasMore) {
	}

}
