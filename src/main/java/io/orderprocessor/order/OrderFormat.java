package io.orderprocessor.order;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import io.orderprocessor.platform.web.Choice;
import io.orderprocessor.platform.web.Messages;
import io.orderprocessor.shared.Money;
import io.orderprocessor.shared.Quantity;

/**
 * How orders, holdings and money read on pages ({@code ${@orderFormat.money(x)}}):
 * {@code $12,345.67}, quantities without trailing zeros, signed amounts.
 */
@Component("orderFormat")
public class OrderFormat {

	private final Messages messages;

	OrderFormat(Messages messages) {
		this.messages = messages;
	}

	public String money(BigDecimal amount) {
		return amount == null ? "-" : Money.format(amount);
	}

	/** A unit price (fill, limit, average cost) by {@link Money#price}. */
	public String price(BigDecimal price) {
		return price == null ? "-" : Money.price(price);
	}

	/**
	 * The price column of an order: its fill price, or for a limit order not filled (yet)
	 * its limit ("limit $1.00"), else "-".
	 */
	public String orderPrice(Order order) {
		if (order.price() != null) {
			return price(order.price());
		}
		return order.limitPrice() == null ? "-" : messages.text("order.price.limit", price(order.limitPrice()));
	}

	/** {@code +$12.00}, {@code -$3.50}. */
	public String signed(BigDecimal amount) {
		return amount == null ? "-" : Money.signed(amount);
	}

	/** {@code 0.1}, {@code 12}: up to 8 decimals, no trailing zeros. */
	public String quantity(BigDecimal quantity) {
		return quantity == null ? "-" : Quantity.plain(quantity);
	}

	/** "Market buy", "Limit sell". */
	public String type(OrderType type) {
		return messages.text("order.type." + type.name());
	}

	public String status(OrderStatus status) {
		return messages.text("order.status." + status.name());
	}

	/** The options of an order-history filter's selects (fragments/order-filter). */
	public FilterChoices filterChoices() {
		return new FilterChoices(
				Arrays.stream(OrderType.Side.values())
					.map(side -> new Choice(side.apiName(), messages.text("orderFilter.side." + side.name())))
					.toList(),
				Arrays.stream(OrderType.values()).map(type -> new Choice(type.apiName(), type(type))).toList(),
				Arrays.stream(OrderStatus.values())
					.map(status -> new Choice(status.apiName(), status(status)))
					.toList());
	}

	/** "Buy 0.1 BTC at market", "Sell 2 ETH at $2,600.00 or more". */
	public String summary(Order order) {
		return messages.text("order.summary." + order.type().name(), quantity(order.quantity()), order.symbol(),
				price(order.limitPrice()));
	}

	/** The sides, types and statuses an order history can be filtered by. */
	public record FilterChoices(List<Choice> sides, List<Choice> types, List<Choice> statuses) {
	}

}
