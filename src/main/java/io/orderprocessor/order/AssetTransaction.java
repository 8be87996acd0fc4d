package io.orderprocessor.order;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A change of a holding by a fill: {@code quantity} is positive for buys and sells alike,
 * {@code side} says which way it went.
 */
public record AssetTransaction(String id, String symbol, OrderType.Side side, BigDecimal quantity, BigDecimal price,
		BigDecimal total, String orderId, Instant timestamp) {

	/** The signed change of the holding. */
	public BigDecimal signedQuantity() {
		return side == OrderType.Side.BUY ? quantity : quantity.negate();
	}

}
