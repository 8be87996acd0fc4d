package io.orderprocessor.order;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One order of one user.
 *
 * @param id {@code ord_<ULID>}
 * @param limitPrice the limit of a limit order, else null
 * @param price the fill price, null until filled
 * @param total what was paid or received (filled), or the estimate at the limit (pending)
 * @param held the cash (limit buy) or quantity (limit sell) reserved while pending
 */
public record Order(String id, String username, OrderType type, String symbol, BigDecimal quantity,
		BigDecimal limitPrice, BigDecimal price, BigDecimal total, BigDecimal held, OrderStatus status,
		Instant createdAt, Instant filledAt, Instant updatedAt) {

	public static final String ID_PREFIX = "ord_";

	private static final BigDecimal NOTHING_HELD_CASH = BigDecimal.ZERO.setScale(2);

	public boolean isPending() {
		return status == OrderStatus.PENDING;
	}

	/**
	 * This pending order cancelled at {@code now}: it keeps its estimate and what it
	 * held.
	 */
	public Order cancelled(Instant now) {
		return new Order(id, username, type, symbol, quantity, limitPrice, null, total, held, OrderStatus.CANCELLED,
				createdAt, null, now);
	}

	/**
	 * This order filled at {@code now} at {@code price} for {@code total}: it holds
	 * nothing any more.
	 */
	public Order filled(BigDecimal price, BigDecimal total, Instant now) {
		return new Order(id, username, type, symbol, quantity, limitPrice, price, total,
				type.isBuy() ? NOTHING_HELD_CASH : BigDecimal.ZERO, OrderStatus.COMPLETED, createdAt, now, now);
	}

	/** The ULID part of the id: orders sort by it. */
	public String ulid() {
		return id.substring(ID_PREFIX.length());
	}

}
