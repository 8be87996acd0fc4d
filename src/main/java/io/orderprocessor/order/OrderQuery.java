package io.orderprocessor.order;

import java.time.LocalDate;

/**
 * Which orders to list, newest first. Every filter may be null.
 *
 * @param cursor the id of the last order of the previous page
 * @param offset orders to skip (when no cursor)
 */
public record OrderQuery(String symbol, OrderType type, OrderType.Side side, OrderStatus status, LocalDate from,
		LocalDate to, String cursor, int offset, int limit) {

	public static OrderQuery latest(int limit) {
		return new OrderQuery(null, null, null, null, null, null, null, 0, limit);
	}

	public static OrderQuery openOrders(String symbol, int limit) {
		return new OrderQuery(symbol, null, null, OrderStatus.PENDING, null, null, null, 0, limit);
	}

	public OrderQuery withCursor(String next) {
		return new OrderQuery(symbol, type, side, status, from, to, next, 0, limit);
	}

}
