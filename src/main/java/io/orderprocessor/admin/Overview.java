package io.orderprocessor.admin;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The admin overview at a glance.
 *
 * @param ordersAvailable false while no order module provides orders
 * @param health {@code dynamodb}, {@code redis}, {@code prices}: {@code up} or
 * {@code down}
 */
public record Overview(long users, boolean ordersAvailable, long ordersToday, BigDecimal volumeToday,
		BigDecimal totalCash, Map<String, String> health) {

	public boolean healthy() {
		return health.values().stream().allMatch("up"::equals);
	}

}
