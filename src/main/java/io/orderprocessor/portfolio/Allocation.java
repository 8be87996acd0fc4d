package io.orderprocessor.portfolio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The portfolio's split between cash and assets as one bar of segments, drawn as inline
 * SVG on the server (a 100 x 10 view box: x and width are percentages).
 */
public record Allocation(List<Segment> segments) {

	/** The asset segments, largest first, then cash. */
	public static Allocation of(Portfolio portfolio) {
		List<Segment> segments = new ArrayList<>();
		BigDecimal x = BigDecimal.ZERO;
		for (Position p : portfolio.positions()) {
			BigDecimal share = p.allocation() == null ? BigDecimal.ZERO : p.allocation();
			segments.add(new Segment(p.symbol(), share, x, "hue-" + p.asset().hue()));
			x = x.add(share);
		}
		if (portfolio.cashAllocation() != null && portfolio.cashAllocation().signum() > 0) {
			segments.add(new Segment("Cash", portfolio.cashAllocation(), x, "alloc-cash"));
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
	 */
	public record Segment(String label, BigDecimal percent, BigDecimal x, String cssClass) {
	}

}
