package io.orderprocessor.order.web;

import java.util.Locale;

import com.github.f4b6a3.ulid.UlidCreator;

import io.orderprocessor.order.OrderType;
import io.orderprocessor.order.PlaceOrder;

/**
 * The trade form as typed. {@code idempotencyKey} is made when the form is shown, so a
 * double click or a retried submission places the order once.
 */
record PlaceOrderForm(String asset, String side, String type, String quantity, String amount, String price,
		String idempotencyKey) {

	static PlaceOrderForm fresh(String asset, String side) {
		return new PlaceOrderForm(asset, "sell".equalsIgnoreCase(side) ? "sell" : "buy", "market", null, null, null,
				UlidCreator.getMonotonicUlid().toString());
	}

	public boolean isBuy() {
		return !"sell".equalsIgnoreCase(side);
	}

	public boolean isLimit() {
		return "limit".equalsIgnoreCase(type);
	}

	boolean isEmpty() {
		return blank(quantity) && (blank(amount) || !isBuy() || isLimit());
	}

	OrderType orderType() {
		return OrderType.of(isBuy() ? OrderType.Side.BUY : OrderType.Side.SELL, isLimit());
	}

	PlaceOrder toOrder() {
		boolean byAmount = isBuy() && !isLimit() && blank(quantity);
		return new PlaceOrder(orderType().apiName(), asset == null ? null : asset.toUpperCase(Locale.ROOT),
				byAmount ? null : quantity, isLimit() ? price : null, byAmount ? amount : null, idempotencyKey);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
