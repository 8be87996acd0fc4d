package io.orderprocessor.order.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import io.orderprocessor.order.Order;

/** An order in the API's shape: money and quantities as strings. */
record OrderJson(String orderId, String orderType, String assetId, String quantity, String price, String limitPrice,
		String status, String totalAmount, Instant createdAt, Instant filledAt) {

	static OrderJson of(Order order) {
		return new OrderJson(order.id(), order.type().apiName(), order.symbol(), quantity(order.quantity()),
				price(order.price()), order.limitPrice() == null ? null : money(order.limitPrice()),
				order.status().apiName(), money(order.total()), order.createdAt(), order.filledAt());
	}

	static String quantity(BigDecimal quantity) {
		return quantity.setScale(8, RoundingMode.UNNECESSARY).toPlainString();
	}

	static String money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
	}

	/** Prices keep their digits (small assets have more than two decimals). */
	static String price(BigDecimal price) {
		if (price == null) {
			return null;
		}
		return price.scale() < 2 ? price.setScale(2).toPlainString() : price.toPlainString();
	}

}
