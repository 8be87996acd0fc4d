package io.orderprocessor.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.orderprocessor.inventory.Asset;
import io.orderprocessor.platform.web.InvalidFieldsException.FieldViolation;

/**
 * What an order does at a price, worked out by {@link OrderPlanner} before anything is
 * written: the preview shows it, placement writes it. Values the plan had no input for
 * (the cash of a sell, the holding of a buy) are null.
 *
 * @param limitPrice the limit of a limit order, else null
 * @param fillsNow whether the order fills at once at the market price: every market
 * order, and a limit order whose limit the market already crosses (a buy's limit at or
 * above the market, a sell's at or below)
 * @param price the market price (orders that fill now) or the limit (orders that wait)
 * @param total the cost (buy, rounded up) or proceeds (sell, rounded down)
 * @param hold what the order reserves while pending: the cost of a limit buy, the
 * quantity of a limit sell, nothing ({@code 0.00}) for an order that fills now
 * @param violations the rules the order breaks, by field, in the order they are checked
 * @param warning a caution that does not stop the order (a limit far above the market)
 */
record OrderPlan(OrderType type, Asset asset, BigDecimal marketPrice, BigDecimal limitPrice, boolean fillsNow,
		BigDecimal price, BigDecimal quantity, BigDecimal total, BigDecimal hold, BigDecimal cashAvailable,
		BigDecimal cashAfter, BigDecimal holdingAvailable, BigDecimal holdingAfter, List<FieldViolation> violations,
		String warning) {

	OrderPlan {
		violations = List.copyOf(violations);
	}

	/**
	 * How the order moves the cash balance when placed: paid (a buy that fills now) or
	 * received (a sell that fills now).
	 */
	BigDecimal cashDelta() {
		if (!fillsNow) {
			return BigDecimal.ZERO;
		}
		return type.isBuy() ? total.negate() : total;
	}

	/** How the order moves the held cash when placed: a limit buy holds its cost. */
	BigDecimal heldCashDelta() {
		return type == OrderType.LIMIT_BUY && !fillsNow ? hold : BigDecimal.ZERO;
	}

	/**
	 * Whether placing the order moves cash at all (a limit sell that waits holds quantity
	 * only).
	 */
	boolean movesCash() {
		return type != OrderType.LIMIT_SELL || fillsNow;
	}

	boolean isValid() {
		return violations.isEmpty();
	}

	/**
	 * @throws OrderRuleException with the first rule the order breaks, if any
	 */
	OrderPlan requireValid() {
		if (!violations.isEmpty()) {
			FieldViolation first = violations.get(0);
			throw new OrderRuleException(first.field(), first.message());
		}
		return this;
	}

	/**
	 * The order this plan places: filled now at the market price (market orders and
	 * limits the market crosses, keeping their limit) or pending.
	 */
	Order toOrder(String id, String username, Instant now) {
		if (!fillsNow) {
			return new Order(id, username, type, asset.symbol(), quantity, limitPrice, null, total, hold,
					OrderStatus.PENDING, now, null, now);
		}
		return new Order(id, username, type, asset.symbol(), quantity, limitPrice, price, total, hold,
				OrderStatus.COMPLETED, now, now, now);
	}

	OrderPreview toPreview() {
		return new OrderPreview(type, asset, marketPrice, price, quantity, total, cashAvailable, cashAfter,
				holdingAvailable, holdingAfter, violations, warning, limitPrice, fillsNow);
	}

}
