package io.orderprocessor.admin;

import java.math.BigDecimal;
import java.util.Map;

import io.orderprocessor.order.DailyOrders;

/**
 * The admin overview at a glance.
 *
 * @param today the orders placed today (UTC) and the value of those that filled
 * @param health {@code store}, {@code redis}, {@code prices}: {@code up} or {@code down}
 */
public record Overview(long users, DailyOrders today, BigDecimal totalCash, Map<String, String> health) {

	public boolean healthy() {
		return health.values().stream().allMatch("up"::equals);
	}

}
