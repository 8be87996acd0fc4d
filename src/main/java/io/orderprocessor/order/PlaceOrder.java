package io.orderprocessor.order;

/**
 * An order as it was asked for, fields as typed (checked by {@link OrderService}).
 *
 * @param type {@code market_buy}, {@code market_sell}, {@code limit_buy},
 * {@code limit_sell}
 * @param quantity exact decimal text
 * @param price the limit price's text (limit orders)
 * @param amount for market buys instead of a quantity: USD to spend (pages)
 * @param idempotencyKey optional; the same key places the order once
 */
public record PlaceOrder(String type, String symbol, String quantity, String price, String amount,
		String idempotencyKey) {

	public static PlaceOrder of(String type, String symbol, String quantity, String price, String idempotencyKey) {
		return new PlaceOrder(type, symbol, quantity, price, null, idempotencyKey);
	}

}
