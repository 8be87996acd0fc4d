package io.orderprocessor.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import io.orderprocessor.inventory.MarketFormat;
import io.orderprocessor.order.OrderRules.Checked;
import io.orderprocessor.platform.web.InvalidFieldsException.FieldViolation;
import io.orderprocessor.platform.web.Messages;
import io.orderprocessor.shared.Money;
import io.orderprocessor.shared.Quantity;
import io.orderprocessor.user.CashChange;

/**
 * Works out an {@link OrderPlan} from an order whose fields passed their rules, the
 * market price and what the user has: no reads, no writes, the same answer for the
 * preview and the placement. The quantity a USD amount buys, the value limits, the
 * holding and (from the user module's {@link CashChange}) the cash.
 */
@Component
class OrderPlanner {

	private static final BigDecimal NOTHING_HELD = BigDecimal.ZERO.setScale(2);

	private final Messages messages;

	private final MarketFormat format;

	OrderPlanner(Messages messages, MarketFormat format) {
		this.messages = messages;
		this.format = format;
	}

	/**
	 * The plan of the order at {@code marketPrice}, without its cash (see
	 * {@link #withCash}).
	 * @param holdingAvailable the quantity of the asset the user may sell (sells; null
	 * for buys)
	 */
	OrderPlan plan(Checked checked, BigDecimal marketPrice, BigDecimal holdingAvailable) {
		OrderType type = checked.type();
		BigDecimal limit = type.isLimit() ? checked.limitPrice() : null;
		// a limit the market already crosses fills at once at the market price, as on an
		// exchange: never worse than the limit
		boolean fillsNow = limit == null || crosses(type, limit, marketPrice);
		BigDecimal price = fillsNow ? marketPrice : limit;
		List<FieldViolation> violations = new ArrayList<>();
		BigDecimal quantity = checked.quantity() != null ? checked.quantity()
				: OrderRules.quantityFor(checked.amount(), marketPrice);
		if (quantity.compareTo(OrderRules.MIN_QUANTITY) < 0) {
			violations.add(new FieldViolation("amount", messages.text("rule.quantity.min"), "greater_than_equal"));
		}
		BigDecimal value = quantity.multiply(price);
		if (value.compareTo(OrderRules.MAX_ORDER_VALUE) > 0) {
			violations.add(new FieldViolation(
					checked.amount() != null ? "amount" : "quantity", messages.text("rule.value.max",
							Money.format(value.setScale(2, RoundingMode.UP)), Money.format(OrderRules.MAX_ORDER_VALUE)),
					"less_than_equal"));
		}
		BigDecimal total = type.isBuy() ? OrderRules.cost(quantity, price) : OrderRules.proceeds(quantity, price);
		BigDecimal hold = fillsNow ? NOTHING_HELD : type.isBuy() ? total : quantity;
		BigDecimal holdingAfter = null;
		if (!type.isBuy()) {
			holdingAfter = holdingAvailable.subtract(quantity);
			if (holdingAfter.signum() < 0) {
				violations.add(new FieldViolation("quantity", messages.text("rule.holding.insufficient",
						Quantity.plain(holdingAvailable), checked.asset().symbol(), Quantity.plain(quantity)),
						"insufficient"));
			}
			else if (total.signum() <= 0) {
				violations.add(new FieldViolation("quantity", messages.text("rule.value.min"), "greater_than"));
			}
		}
		// still worth a word when it fills now: a limit far above the market is often a
		// typo
		String warning = type == OrderType.LIMIT_BUY
				&& limit.compareTo(marketPrice.multiply(OrderRules.LIMIT_WARNING_RATIO)) > 0
						? messages.text("rule.limit.warning", format.price(marketPrice)) : null;
		return new OrderPlan(type, checked.asset(), marketPrice, limit, fillsNow, price, quantity, total, hold, null,
				null, type.isBuy() ? null : holdingAvailable, holdingAfter, violations, warning);
	}

	/**
	 * Whether the market price already reaches the limit: a buy's limit at or above it, a
	 * sell's at or below it (the matcher's rule for pending orders).
	 */
	static boolean crosses(OrderType type, BigDecimal limit, BigDecimal marketPrice) {
		int comparison = limit.compareTo(marketPrice);
		return type.isBuy() ? comparison >= 0 : comparison <= 0;
	}

	/**
	 * The plan of a buy with the cash it pays or holds: the available cash before and
	 * after, and the insufficient-cash rule as the user module judged it.
	 */
	OrderPlan withCash(OrderPlan plan, CashChange cash) {
		return withCash(plan, cash.available(), cash.availableAfter(), cash.isCovered());
	}

	/** As {@link #withCash(OrderPlan, CashChange)}, from what the change answered. */
	OrderPlan withCash(OrderPlan plan, BigDecimal available, BigDecimal availableAfter, boolean covered) {
		List<FieldViolation> violations = new ArrayList<>(plan.violations());
		if (!covered) {
			violations.add(new FieldViolation("quantity",
					messages.text("rule.cash.insufficient", Money.format(available), Money.format(plan.total())),
					"insufficient"));
		}
		return new OrderPlan(plan.type(), plan.asset(), plan.marketPrice(), plan.limitPrice(), plan.fillsNow(),
				plan.price(), plan.quantity(), plan.total(), plan.hold(), available, availableAfter,
				plan.holdingAvailable(), plan.holdingAfter(), violations, plan.warning());
	}

	/** The ledger text of the order: "Bought 0.1 BTC at $50,000.00". */
	String description(OrderType type, BigDecimal quantity, String symbol, BigDecimal price) {
		return messages.text(type.isBuy() ? "order.description.buy" : "order.description.sell",
				Quantity.plain(quantity), symbol, format.price(price));
	}

}
