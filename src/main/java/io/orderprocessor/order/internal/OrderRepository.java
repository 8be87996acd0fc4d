package io.orderprocessor.order.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.orderprocessor.order.AssetTransaction;
import io.orderprocessor.order.AssetTransactionPage;
import io.orderprocessor.order.DailyOrders;
import io.orderprocessor.order.Holding;
import io.orderprocessor.order.Order;
import io.orderprocessor.order.OrderListing;
import io.orderprocessor.order.OrderPage;
import io.orderprocessor.order.OrderQuery;
import io.orderprocessor.order.OrderType;
import io.orderprocessor.platform.store.AtomicWrite;

/**
 * Orders, holdings, asset transactions and idempotency records of the store. Reads are
 * strongly consistent reads by key or range reads; writes are appended to the caller's
 * {@link AtomicWrite} so that one placement, fill or cancellation is one atomic write
 * together with its cash movement.
 */
public interface OrderRepository {

	/** Label of the order's condition (still pending / new). */
	String ORDER = "order";

	String HOLDING = "holding";

	String IDEMPOTENCY = "idempotency";

	/** The holding with its version; zero at version 0 when there is none. */
	HoldingState holding(String username, String symbol);

	/** Every holding of the user (one query), zero ones included. */
	List<Holding> holdings(String username);

	Optional<Order> order(String username, String orderId);

	OrderPage orders(String username, OrderQuery query);

	/**
	 * Every user's orders placed from {@code query.from()} to {@code query.to()} (both
	 * required), newest first, filtered like a user's: the day index, a query per day,
	 * never a scan.
	 */
	OrderListing allOrders(OrderQuery query);

	/** Orders placed on the UTC day and the value of those that filled. */
	DailyOrders placedOn(LocalDate day);

	/** The newest orders: one query, no count. */
	List<Order> recent(String username, int limit);

	AssetTransactionPage transactions(String username, String symbol, String cursor, int limit);

	Optional<IdempotencyRecord> idempotency(String username, String key);

	/**
	 * Open limit orders of the symbol that the price crosses: buys with a limit at or
	 * above {@code price}, sells at or below it. Two index range reads, never a scan.
	 */
	List<Order> crossing(String symbol, BigDecimal price);

	void putNewOrder(AtomicWrite tx, Order order);

	/** The order's new state, only if it is still pending. */
	void updatePendingOrder(AtomicWrite tx, Order order);

	void putHolding(AtomicWrite tx, String username, HoldingState current, BigDecimal quantity, BigDecimal heldQuantity,
			BigDecimal averageCost, Instant now);

	void putAssetTransaction(AtomicWrite tx, String username, AssetTransaction transaction);

	void putIdempotency(AtomicWrite tx, String username, IdempotencyRecord record);

	/**
	 * @param acquiredAt when the position was last opened (its quantity went from zero to
	 * more): the start of its change "since bought"
	 */
	record HoldingState(String symbol, BigDecimal quantity, BigDecimal heldQuantity, BigDecimal averageCost,
			long version, Instant createdAt, Instant updatedAt, Instant acquiredAt) {

		public BigDecimal available() {
			return quantity.subtract(heldQuantity);
		}

		public Holding toHolding() {
			return new Holding(symbol, quantity, heldQuantity, averageCost, createdAt, updatedAt, acquiredAt);
		}

	}

	/**
	 * @param fingerprint what was asked for (type, asset, quantity, price), so a reused
	 * key with another order is recognised
	 */
	record IdempotencyRecord(String key, String orderId, String fingerprint, Instant createdAt) {

		public static String fingerprint(OrderType type, String symbol, BigDecimal quantity, BigDecimal amount,
				BigDecimal limitPrice) {
			return type.name() + "|" + symbol + "|" + plain(quantity) + "|" + plain(amount) + "|" + plain(limitPrice);
		}

		private static String plain(BigDecimal value) {
			return value == null ? "" : value.stripTrailingZeros().toPlainString();
		}

	}

}
