package io.orderprocessor.order;

import java.util.Locale;
import java.util.Optional;

/**
 * Where an order stands: limit orders are {@code PENDING} until filled or cancelled;
 * market orders are {@code COMPLETED} at once (refused ones are not stored).
 */
public enum OrderStatus {

	PENDING, COMPLETED, CANCELLED, REJECTED, EXPIRED;

	public static Optional<OrderStatus> parse(String value) {
		if (value == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
