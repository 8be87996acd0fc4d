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
	public record OrderPlaced(Order order) implements Activity {
		public Audit audit() {
			return Audit.self("order.placed", order.username(), details(order));
		}
	}

	/**
	 * An order was filled: by its owner's market order, or later by the matcher (nobody
	 * acted then).
	 *
	 * @param later true for a limit order filled by the matcher after it was placed
	 */
	public record OrderFilled(Order order, boolean later) implements Activity {
		public Audit audit() {
			Map<String, String> details = details(order);
			details.put("filled_by", later ? "matcher" : "placement");
			return new Audit("order.filled", later ? null : order.username(), order.username(), details);
		}
	}

	/** A pending order was cancelled by its owner and its hold released. */
	public record OrderCancelled(Order order) implements Activity {
		public Audit audit() {
			return Audit.self("order.cancelled", order.username(), details(order));
		}
	}

	private static Map<String, String> details(Order order) {
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

	private static void putIfPresent(Map<String, String> details, String name, BigDecimal value) {
		if (value != null) {
			details.put(name, value.toPlainString());
		}
	}

}
