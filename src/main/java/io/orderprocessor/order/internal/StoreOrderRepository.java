package io.orderprocessor.order.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.github.f4b6a3.ulid.Ulid;

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
import io.orderprocessor.platform.store.AtomicWrite;
import io.orderprocessor.platform.store.Attributes;
import io.orderprocessor.platform.store.Changes;
import io.orderprocessor.platform.store.Condition;
import io.orderprocessor.platform.store.Filter;
import io.orderprocessor.platform.store.Index;
import io.orderprocessor.platform.store.Item;
import io.orderprocessor.platform.store.Key;
import io.orderprocessor.platform.store.Query;
import io.orderprocessor.platform.store.Store;
import io.orderprocessor.platform.store.UserPartition;

@Repository
class StoreOrderRepository implements OrderRepository {

	/** Idempotency records are kept a day (the store's expiry removes them). */
	private static final long IDEMPOTENCY_TTL_SECONDS = 24 * 3600;

	private static final BigDecimal ZERO_QUANTITY = BigDecimal.ZERO.setScale(8);

	private final Store store;

	StoreOrderRepository(Store store) {
		this.store = store;
	}

	@Override
	public HoldingState holding(String username, String symbol) {
		return store.get(OrderItems.holdingKey(username, symbol))
			.map(StoreOrderRepository::holdingState)
			.orElseGet(
					() -> new HoldingState(symbol, ZERO_QUANTITY, ZERO_QUANTITY, BigDecimal.ZERO, 0, null, null, null));
	}

	@Override
	public List<Holding> holdings(String username) {
		return store.queryAll(Query.table(UserPartition.of(username)).beginsWith(OrderItems.HOLDING_PREFIX))
			.stream()
			.map(item -> holdingState(item).toHolding())
			.toList();
	}

	@Override
	public Optional<Order> order(String username, String orderId) {
		return store.get(OrderItems.orderKey(username, orderId)).map(OrderItems::order);
	}

	@Override
	public OrderPage orders(String username, OrderQuery query) {
		Query page = userOrders(username, query);
		if (query.cursor() != null) {
			page = page.afterItem(OrderItems.orderKey(username, query.cursor()), null);
		}
		Collected<Order> collected = collect(page, query.offset(), query.limit(), OrderItems::order);
		String next = collected.hasMore() ? collected.page().get(collected.page().size() - 1).id() : null;
		return new OrderPage(collected.page(), store.count(userOrders(username, query)), collected.hasMore(), next);
	}

	/** The user's orders of the query's days, filtered, newest first. */
	private static Query userOrders(String username, OrderQuery query) {
		String from = OrderItems.ORDER_PREFIX + (query.from() == null ? ""
				: Ulid.min(query.from().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli()).toString());
		String to = OrderItems.ORDER_PREFIX + (query.to() == null ? "~"
				: Ulid.max(query.to().atTime(LocalTime.MAX).toInstant(ZoneOffset.UTC).toEpochMilli()).toString());
		return filtered(Query.table(UserPartition.of(username)).between(from, to).newestFirst(), query);
	}

	@Override
	public OrderListing allOrders(OrderQuery query) {
		String from = Ulid.min(query.from().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli()).toString();
		String to = query.cursor() != null ? query.cursor().substring(Order.ID_PREFIX.length())
				: Ulid.max(query.to().atTime(LocalTime.MAX).toInstant(ZoneOffset.UTC).toEpochMilli()).toString();
		List<Order> found = new ArrayList<>();
		// one more than a page tells whether another page follows
		int wanted = query.limit() + 1;
		LocalDate newest = query.cursor() == null ? query.to() : OrderItems.dayOf(query.cursor());
		for (LocalDate day = newest; !day.isBefore(query.from()) && found.size() < wanted; day = day.minusDays(1)) {
			// the cursor's order itself is the upper bound: one more to read past it
			int missing = wanted - found.size() + (query.cursor() == null ? 0 : 1);
			Query range = filtered(
					Query.index(Index.GSI2, OrderItems.dayPk(day)).between(from, to).newestFirst().limit(missing),
					query);
			for (Item item : store.queryAll(range)) {
				Order order = OrderItems.order(item);
				if (found.size() < wanted && !order.id().equals(query.cursor())) {
					found.add(order);
				}
			}
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
		for (Item item : store.queryAll(Query.index(Index.GSI2, OrderItems.dayPk(day)))) {
			placed++;
			if (OrderStatus.COMPLETED.name().equals(item.str("status"))) {
				filled++;
				volume = volume.add(item.decimal("total"));
			}
		}
		return new DailyOrders(day, placed, filled, volume);
	}

	/** The query's symbol, type, side and status, each when given. */
	private static Query filtered(Query range, OrderQuery query) {
		if (query.symbol() != null) {
			range = range.where(Filter.equalTo("symbol", query.symbol()));
		}
		if (query.type() != null) {
			range = range.where(Filter.equalTo("type", query.type().name()));
		}
		if (query.side() != null) {
			range = range.where(Filter.equalTo("side", query.side().name()));
		}
		if (query.status() != null) {
			range = range.where(Filter.equalTo("status", query.status().name()));
		}
		return range;
	}

	@Override
	public List<Order> recent(String username, int limit) {
		return store.query(
				Query.table(UserPartition.of(username)).beginsWith(OrderItems.ORDER_PREFIX).newestFirst().limit(limit))
			.items()
			.stream()
			.map(OrderItems::order)
			.toList();
	}

	@Override
	public AssetTransactionPage transactions(String username, String symbol, String cursor, int limit) {
		Query page = assetTransactions(username, symbol);
		if (cursor != null) {
			page = page.afterItem(Key.of(UserPartition.of(username), OrderItems.assetTxSk(symbol, cursor)), null);
		}
		Collected<AssetTransaction> collected = collect(page, 0, limit, OrderItems::assetTransaction);
		String next = collected.hasMore() ? collected.page().get(collected.page().size() - 1).id() : null;
		return new AssetTransactionPage(collected.page(), store.count(assetTransactions(username, symbol)),
				collected.hasMore(), next);
	}

	private static Query assetTransactions(String username, String symbol) {
		return Query.table(UserPartition.of(username))
			.beginsWith(OrderItems.ASSETTX_PREFIX + symbol + "#")
			.newestFirst();
	}

	@Override
	public Optional<IdempotencyRecord> idempotency(String username, String key) {
		return store.get(UserPartition.idempotencyKey(username, key))
			.map(item -> new IdempotencyRecord(key, item.str("order_id"), item.str("fingerprint"),
					item.instant("created_at")));
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
		return store.queryAll(Query.index(Index.GSI1, OrderItems.openPk(symbol)).between(from, to))
			.stream()
			.map(OrderItems::order)
			.toList();
	}

	@Override
	public void putNewOrder(AtomicWrite tx, Order order) {
		tx.putIfAbsent(ORDER, OrderItems.order(order));
	}

	@Override
	public void updatePendingOrder(AtomicWrite tx, Order order) {
		tx.put(ORDER, OrderItems.order(order), Condition.equalTo("status", OrderStatus.PENDING.name()));
	}

	@Override
	public void putHolding(AtomicWrite tx, String username, HoldingState current, BigDecimal quantity,
			BigDecimal heldQuantity, BigDecimal averageCost, Instant now) {
		tx.updateVersioned(HOLDING, OrderItems.holdingKey(username, current.symbol()),
				Changes.set("entity", "HOLDING")
					.and("symbol", current.symbol())
					.and("quantity", quantity)
					.and("held_quantity", heldQuantity)
					.and("average_cost", averageCost)
					.andIfAbsent("created_at", now)
					.and("updated_at", now)
					// a position opened now is acquired now; one that stays open keeps
					// its date
					.and("acquired_at",
							current.quantity().signum() == 0 && quantity.signum() > 0 || current.acquiredAt() == null
									? now : current.acquiredAt()),
				current.version());
	}

	@Override
	public void putAssetTransaction(AtomicWrite tx, String username, AssetTransaction transaction) {
		tx.putIfAbsent("asset-transaction", OrderItems.assetTransaction(username, transaction));
	}

	@Override
	public void putIdempotency(AtomicWrite tx, String username, IdempotencyRecord record) {
		tx.putIfAbsent(IDEMPOTENCY,
				Item.at(UserPartition.idempotencyKey(username, record.key()))
					.set("entity", "IDEMPOTENCY")
					.set("order_id", record.orderId())
					.set("fingerprint", record.fingerprint())
					.set("created_at", record.createdAt())
					.set(Attributes.EXPIRES_AT, record.createdAt().getEpochSecond() + IDEMPOTENCY_TTL_SECONDS)
					.build());
	}

	private static HoldingState holdingState(Item item) {
		return new HoldingState(item.str("symbol"), item.decimal("quantity").setScale(8),
				item.decimal("held_quantity").setScale(8), item.decimal("average_cost"), item.version(),
				item.instant("created_at"), item.instant("updated_at"),
				// holdings written before acquired_at was kept: their first buy
				item.has("acquired_at") ? item.instant("acquired_at") : item.instant("created_at"));
	}

	/**
	 * A page of {@code limit} results after skipping {@code offset}, reading one more to
	 * tell whether another page follows.
	 */
	private <T> Collected<T> collect(Query query, int offset, int limit, Function<Item, T> mapper) {
		int wanted = offset + limit + 1;
		List<T> found = store.queryAll(query.limit(wanted)).stream().map(mapper).toList();
		List<T> afterOffset = found.size() <= offset ? List.of() : found.subList(offset, found.size());
		boolean hasMore = afterOffset.size() > limit;
		return new Collected<>(List.copyOf(hasMore ? afterOffset.subList(0, limit) : afterOffset), hasMore);
	}

	private record Collected<T>(List<T> page, boolean hasMore) {
	}

}
