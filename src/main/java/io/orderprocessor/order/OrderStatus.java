package io.orderprocessor.order;

import java.util.Locale;
import java.util.Optional;

import io.orderprocessor.shared.Enums;

/**
 * Where an order stands: limit orders are {@code PENDING} until filled or cancelled;
 * market orders are {@code COMPLETED} at once (refused ones are not stored).
 */
public enum OrderStatus {

	PENDING, COMPLETED, CANCELLED, REJECTED, EXPIRED;

	public static Optional<OrderStatus> parse(String value) {
		return Enums.parse(OrderStatus.class, value);
	}

	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
