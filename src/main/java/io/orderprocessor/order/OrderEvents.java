package io.orderprocessor.order;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.orderprocessor.shared.Activity;

/**
 * The past-tense events of the order module; other modules listen to them, and the audit
 * log records each with the order's owner as target.
 */
public final class OrderEvents {

	private OrderEvents() {
	}

	/** A limit order was accepted and reserves what it needs. */
	public record OrderPlaced(Order order) implements OrderActivity {
		public String action() {
			return "order.placed";
		}
	}

	/**
	 * An order was filled.
	 *
	 * @param later true for a limit order filled by the matcher after it was placed
	 */
	public record OrderFilled(Order order, boolean later) implements OrderActivity {
		public String action() {
			return "order.filled";
		}

		/** The owner for a market order; nobody for a fill by the matcher. */
		@Override
		public String actor() {
			return later ? null : order.username();
		}

		@Override
		public Map<String, String> details() {
			Map<String, String> details = OrderActivity.super.details();
			details.put("filled_by", later ? "matcher" : "placement");
			return details;
		}
	}

	/** A pending order was cancelled by its owner and its hold released. */
	public record OrderCancelled(Order order) implements OrderActivity {
		public String action() {
			return "order.cancelled";
		}
	}

	/** What the audit log records of an order event: the owner acted on their order. */
	private interface OrderActivity extends Activity {

		Order order();

		default String actor() {
			return order().username();
		}

		default String target() {
			return order().username();
		}

		default Map<String, String> details() {
			Order order = order();
			Map<String, String> details = new LinkedHashMap<>();
			details.put("order_id", order.id());
			details.put("order_type", order.type().name().toLowerCase(Locale.ROOT));
			details.put("asset_id", order.symbol());
			details.put("quantity", order.quantity().toPlainString());
			putIfPresent(details, "limit_price", order.limitPrice());
			putIfPresent(details, "price", order.price());
			putIfPresent(details, "total", order.total());
			return details;
		}

	}

	private static void putIfPresent(Map<String, String> details, String name, BigDecimal value) {
		if (value != null) {
			details.put(name, value.toPlainString());
		}
	}

}
