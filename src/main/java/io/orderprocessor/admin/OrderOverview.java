package io.orderprocessor.admin;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What the admin area needs to know about orders and holdings. The order module does not
 * exist yet: until a bean of this type is there, {@link #NONE} answers (no orders, no
 * holdings, {@link #available()} false) and the pages say orders are not available. The
 * order module (or an adapter here over its {@code OrderService}) provides the real one
 * later; nothing else in the admin area changes.
 */
public interface OrderOverview {

	/** The stand-in used while no order module provides orders. */
	OrderOverview NONE = new OrderOverview() {
	};

	/** Whether orders are kept at all (false: the stand-in). */
	default boolean available() {
		return false;
	}

	/** Orders placed today (UTC) and their total value. */
	default OrdersToday today() {
		return new OrdersToday(0, BigDecimal.ZERO.setScale(2));
	}

	/** One page of all users' orders, newest first. */
	default OrderListing orders(OrderFilter filter, String cursor, int limit) {
		return new OrderListing(List.of(), false, null);
	}

	/** A user's newest orders. */
	default List<OrderRow> ordersOf(String username, int limit) {
		return List.of();
	}

	/** A user's holdings. */
	default List<HoldingRow> holdingsOf(String username) {
		return List.of();
	}

	record OrdersToday(long count, BigDecimal volume) {
	}

	/**
	 * @param username, symbol, status each null for any
	 */
	record OrderFilter(String username, String symbol, String status) {
	}

	record OrderListing(List<OrderRow> orders, boolean hasMore, String nextCursor) {
	}

	record OrderRow(String orderId, String username, String orderType, String symbol, BigDecimal quantity,
			BigDecimal price, BigDecimal total, String status, Instant createdAt) {
	}

	record HoldingRow(String symbol, BigDecimal quantity, BigDecimal averageCost) {
	}

}
