package io.orderprocessor.order;

import java.math.BigDecimal;
import java.util.List;

import io.orderprocessor.inventory.Asset;
import io.orderprocessor.platform.web.InvalidFieldsException.FieldViolation;

/**
 * What an order would do now, computed by the server as the user types: nothing is
 * placed. Fields the order did not get far enough to compute are null.
 *
 * @param price the market price (orders that fill now) or the limit (orders that wait)
 * @param total the estimated cost (buy, rounded up) or proceeds (sell, rounded down)
 * @param cashAfter available cash after a buy
 * @param holdingAfter available quantity after a sell
 * @param problems the rules the order breaks, by field
 * @param warning a caution that does not stop the order (a limit far above the market)
 * @param limitPrice the limit of a limit order, else null
 * @param fillsNow whether the order fills at once at the market price (market orders, and
 * limit orders the market already crosses)
 */
public record OrderPreview(OrderType type, Asset asset, BigDecimal marketPrice, BigDecimal price, BigDecimal quantity,
		BigDecimal total, BigDecimal cashAvailable, BigDecimal cashAfter, BigDecimal holdingAvailable,
		BigDecimal holdingAfter, List<FieldViolation> problems, String warning, BigDecimal limitPrice,
		boolean fillsNow) {

	static OrderPreview invalid(List<FieldViolation> problems) {
		return new OrderPreview(null, null, null, null, null, null, null, null, null, null, List.copyOf(problems), null,
				null, false);
	}

	/** A limit order that waits for the market (not one the market already crosses). */
	public boolean waits() {
		return type != null && !fillsNow;
	}

	public boolean isValid() {
		return problems.isEmpty();
	}

	/** The message for the field, or null. */
	public String problem(String field) {
		return problems.stream()
			.filter(p -> p.field().equals(field))
			.map(FieldViolation::message)
			.findFirst()
			.orElse(null);
	}

}
