package io.orderprocessor.order.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.github.f4b6a3.ulid.UlidCreator;

import io.orderprocessor.order.OrderType;
import io.orderprocessor.order.PlaceOrder;
import io.orderprocessor.platform.web.InvalidFieldsException;
import io.orderprocessor.platform.web.InvalidFieldsException.FieldViolation;
import io.orderprocessor.platform.web.Messages;

/**
 * The trade form as typed. {@code idempotencyKey} is made when the form is shown, so a
 * double click or a retried submission places the order once. Side and type are read by
 * the API's parser ({@link OrderType#parse(String, String)}): a value that is neither
 * choice is refused next to its field, never guessed into another order.
 */
record PlaceOrderForm(String asset, String side, String type, String quantity, String amount, String price,
		String idempotencyKey) {

	/** A new form: a missing or unknown {@code side} in the address starts as a buy. */
	static PlaceOrderForm fresh(String asset, String side) {
		String chosen = OrderType.Side.parse(side).orElse(OrderType.Side.BUY).apiName();
		return new PlaceOrderForm(asset, chosen, "market", null, null, null, UlidCreator.getMonotonicUlid().toString());
	}

	public boolean isBuy() {
		return parsedSide().filter(OrderType.Side.BUY::equals).isPresent();
	}

	public boolean isSell() {
		return parsedSide().filter(OrderType.Side.SELL::equals).isPresent();
	}

	public boolean isLimit() {
		return parsedKind().filter(OrderType.Kind.LIMIT::equals).isPresent();
	}

	public boolean isMarket() {
		return parsedKind().filter(OrderType.Kind.MARKET::equals).isPresent();
	}

	boolean isEmpty() {
		return blank(quantity) && (blank(amount) || !isBuy() || isLimit());
	}

	/**
	 * The order to check and place.
	 * @throws InvalidFieldsException when side or type is not one of the choices
	 */
	PlaceOrder toOrder(Messages messages) {
		OrderType orderType = OrderType.parse(type, side).orElseThrow(() -> invalidChoice(messages));
		boolean byAmount = orderType == OrderType.MARKET_BUY && blank(quantity);
		return new PlaceOrder(orderType.apiName(), asset == null ? null : asset.toUpperCase(Locale.ROOT),
				byAmount ? null : quantity, orderType.isLimit() ? price : null, byAmount ? amount : null,
				idempotencyKey);
	}

	private InvalidFieldsException invalidChoice(Messages messages) {
		List<FieldViolation> problems = new ArrayList<>();
		if (parsedSide().isEmpty()) {
			problems.add(new FieldViolation("side", messages.text("trade.side.invalid"), "enum"));
		}
		if (parsedKind().isEmpty()) {
			problems.add(new FieldViolation("type", messages.text("trade.type.invalid"), "enum"));
		}
		return new InvalidFieldsException(problems);
	}

	private Optional<OrderType.Side> parsedSide() {
		return OrderType.Side.parse(side);
	}

	private Optional<OrderType.Kind> parsedKind() {
		return OrderType.Kind.parse(type);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
