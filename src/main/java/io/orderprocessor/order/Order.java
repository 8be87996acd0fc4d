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

	public boolean isPending() {
		return status == OrderStatus.PENDING;
	}

	/** The ULID part of the id: orders sort by it. */
	public String ulid() {
		return id.substring(ID_PREFIX.length());
	}

}
