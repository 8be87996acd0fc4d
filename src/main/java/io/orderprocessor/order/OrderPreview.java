package io.orderprocessor.order;

import java.math.BigDecimal;
import java.util.List;

import io.orderprocessor.inventory.Asset;
import io.orderprocessor.platform.web.InvalidFieldsException.FieldViolation;

/**
 * What an order would do now, computed by the server as the user types: nothing is
 * placed. Fields the order did not get far enough to compute are null.
 *
 * @param price the market price (market orders) or the limit
 * @param total the estimated cost (buy, rounded up) or proceeds (sell, rounded down)
 * @param cashAfter available cash after a buy
 * @param holdingAfter available quantity after a sell
 * @param problems the rules the order breaks, by field
 * @param warning a caution that does not stop the order (a limit far above the market)
 */
public record OrderPreview(OrderType type, Asset asset, BigDecimal marketPrice, BigDecimal price, BigDecimal quantity,
		BigDecimal total, BigDecimal cashAvailable, BigDecimal cashAfter, BigDecimal holdingAvailable,
		BigDecimal holdingAfter, List<FieldViolation> problems, String warning) {

	static OrderPreview invalid(List<FieldViolation> problems) {
		return new OrderPreview(null, null, null, null, null, null, null, null, null, null, List.copyOf(problems),
				null);
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
