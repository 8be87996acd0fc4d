package io.orderprocessor.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.orderprocessor.inventory.PriceChart;
import io.orderprocessor.inventory.PricePoint;
import io.orderprocessor.order.Order;
import io.orderprocessor.order.OrderStatus;
import io.orderprocessor.user.LedgerEntry;

/**
 * The value of a user's holdings and cash over a range: at each instant, the cash the
 * ledger says they had plus each holding, as the filled orders since then say it was, at
 * that instant's price.
 * <p>
 * Worked backwards from what a page has already read: the holdings and cash now, and the
 * newest orders and ledger entries. When a list was cut at its limit, the older history
 * is unknown: from {@code exactFrom} back, the chart keeps the holdings and cash of that
 * moment (at the prices of each instant).
 *
 * @param points oldest first
 * @param exactFrom null when the values are exact over the whole range
 */
public record ValueHistory(List<ValuePoint> points, Instant exactFrom) {

	/**
	 * @param times the instants to value, oldest first
	 * @param quantities the holdings now, by symbol
	 * @param cash the cash balance now
	 * @param orders the newest orders, any order; only filled ones count
	 * @param allOrders whether {@code orders} are all the user's orders
	 * @param entries the newest ledger entries, any order
	 * @param allEntries whether {@code entries} are the whole ledger
	 * @param prices each symbol's price history, oldest first
	 */
	public static ValueHistory of(List<Instant> times, Map<String, BigDecimal> quantities, BigDecimal cash,
			List<Order> orders, boolean allOrders, List<LedgerEntry> entries, boolean allEntries,
			Map<String, List<PricePoint>> prices) {
		List<Order> fills = orders.stream()
			.filter(order -> order.status() == OrderStatus.COMPLETED && order.filledAt() != null)
			.sorted(Comparator.comparing(Order::filledAt).reversed())
			.toList();
		List<LedgerEntry> ledger = entries.stream()
			.sorted(Comparator.comparing(LedgerEntry::createdAt).thenComparing(LedgerEntry::id).reversed())
			.toList();
		Instant horizon = null;
		if (!allOrders && !fills.isEmpty()) {
			horizon = fills.get(fills.size() - 1).filledAt();
		}
		if (!allEntries && !ledger.isEmpty()) {
			Instant oldest = ledger.get(ledger.size() - 1).createdAt();
			horizon = horizon == null || oldest.isAfter(horizon) ? oldest : horizon;
		}
		List<ValuePoint> points = new ArrayList<>(times.size());
		for (Instant time : times) {
			Instant at = horizon != null && time.isBefore(horizon) ? horizon : time;
			Map<String, BigDecimal> held = new HashMap<>(quantities);
			for (Order fill : fills) {
				if (!fill.filledAt().isAfter(at)) {
					break;
				}
				BigDecimal signed = fill.type().isBuy() ? fill.quantity() : fill.quantity().negate();
				held.merge(fill.symbol(), signed.negate(), BigDecimal::add);
			}
			BigDecimal value = cashAt(at, cash, ledger, allEntries);
			for (Map.Entry<String, BigDecimal> holding : held.entrySet()) {
				if (holding.getValue().signum() > 0) {
					value = value.add(holding.getValue().multiply(priceAt(prices.get(holding.getKey()), time)));
				}
			}
			points.add(new ValuePoint(time, value.setScale(2, RoundingMode.HALF_EVEN)));
		}
		return new ValueHistory(List.copyOf(points), horizon != null && horizon.isAfter(times.get(0)) ? horizon : null);
	}

	/** The balance after the newest entry at or before {@code at}. */
	private static BigDecimal cashAt(Instant at, BigDecimal now, List<LedgerEntry> newestFirst, boolean allEntries) {
		if (newestFirst.isEmpty()) {
			return now;
		}
		for (LedgerEntry entry : newestFirst) {
			if (!entry.createdAt().isAfter(at)) {
				return entry.balanceAfter();
			}
		}
		LedgerEntry oldest = newestFirst.get(newestFirst.size() - 1);
		return allEntries ? BigDecimal.ZERO : oldest.balanceAfter().subtract(oldest.amount());
	}

	/** The price of the history's point nearest to {@code time}; zero without history. */
	static BigDecimal priceAt(List<PricePoint> history, Instant time) {
		if (history == null || history.isEmpty()) {
			return BigDecimal.ZERO;
		}
		PricePoint best = history.get(0);
		long distance = Long.MAX_VALUE;
		for (PricePoint point : history) {
			long d = Math.abs(point.time().toEpochMilli() - time.toEpochMilli());
			if (d < distance) {
				distance = d;
				best = point;
			}
		}
		return best.price();
	}

	public boolean isEmpty() {
		return points.isEmpty() || points.stream().allMatch(point -> point.value().signum() == 0);
	}

	/** The series as price points, for the server-rendered line chart. */
	public PriceChart chart(int width, int height) {
		return PriceChart.of(points.stream().map(point -> new PricePoint(point.time(), point.value())).toList(), width,
				height);
	}

	/**
	 * {@code {"t":[…],"c":[…],"v":null}}: epoch seconds and values, for
	 * {@code charts.js}.
	 */
	public String json() {
		return "{\"t\":"
				+ points.stream()
					.map(point -> String.valueOf(point.time().getEpochSecond()))
					.collect(Collectors.joining(",", "[", "]"))
				+ ",\"c\":"
				+ points.stream().map(point -> point.value().toPlainString()).collect(Collectors.joining(",", "[", "]"))
				+ ",\"v\":null}";
	}

}
