package io.orderprocessor.portfolio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The portfolio's split between cash and assets as one bar of segments, drawn as inline
 * SVG on the server (a 100 x 10 view box: x and width are percentages). Each asset
 * segment's colour is its place in the list ({@code alloc-0} ... {@code alloc-11}, then
 * again), so neighbours never share a colour whatever the assets; cash has its own.
 */
public record Allocation(List<Segment> segments) {

	/** How many distinct slice colours app.css defines. */
	public static final int COLOURS = 12;

	/** The asset segments, largest first, then cash. */
	public static Allocation of(Portfolio portfolio) {
		List<Segment> segments = new ArrayList<>();
		BigDecimal x = BigDecimal.ZERO;
		for (Position p : portfolio.positions()) {
			BigDecimal share = p.allocation() == null ? BigDecimal.ZERO : p.allocation();
			segments.add(new Segment(p.symbol(), share, x, "alloc-" + (segments.size() % COLOURS), p.marketValue()));
			x = x.add(share);
		}
		if (portfolio.cashAllocation() != null && portfolio.cashAllocation().signum() > 0) {
			segments.add(new Segment("Cash", portfolio.cashAllocation(), x, "alloc-cash", portfolio.cash().balance()));
		}
		return new Allocation(List.copyOf(segments));
	}

	public boolean isEmpty() {
		return segments.isEmpty();
	}

	/** "BTC 45.00%, Cash 55.00%": the chart's text alternative. */
	public String description() {
		return String.join(", ",
				segments.stream().map(s -> s.label() + " " + s.percent().toPlainString() + "%").toList());
	}

	/**
	 * @param percent share of the total
	 * @param x where the segment starts, in percent
	 * @param cssClass its colour
	 * @param value what it is worth, in USD
	 */
	public record Segment(String label, BigDecimal percent, BigDecimal x, String cssClass, BigDecimal value) {
	}

}
