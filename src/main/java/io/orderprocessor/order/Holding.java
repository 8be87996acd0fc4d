package io.orderprocessor.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * How much of one asset a user owns. {@code quantity} includes {@code heldQuantity}
 * (reserved by open limit sells); {@code averageCost} changes on buys only.
 *
 * @param acquiredAt when the position was last opened (bought from a quantity of zero)
 */
public record Holding(String symbol, BigDecimal quantity, BigDecimal heldQuantity, BigDecimal averageCost,
		Instant createdAt, Instant updatedAt, Instant acquiredAt) {

	public BigDecimal available() {
		return quantity.subtract(heldQuantity);
	}

	/** What the holding cost: quantity times average cost, to the cent. */
	public BigDecimal costBasis() {
		return quantity.multiply(averageCost).setScale(2, RoundingMode.HALF_EVEN);
	}

}
