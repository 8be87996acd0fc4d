package io.orderprocessor.inventory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * The geometry of a price chart, ready for an inline SVG: a line ({@code points} of a
 * {@code <polyline>}) and the area under it ({@code d} of a {@code <path>}), in a
 * {@code width} by {@code height} view box, plus the figures a text alternative needs.
 * Coordinates are screen geometry, so doubles are fine here; prices stay decimals.
 */
public record PriceChart(int width, int height, String line, String area, BigDecimal first, BigDecimal last,
		BigDecimal low, BigDecimal high, Instant from, Instant to, BigDecimal changePercent) {

	public static PriceChart of(List<PricePoint> points, int width, int height) {
		if (points.isEmpty()) {
			return new PriceChart(width, height, "", "", null, null, null, null, null, null, BigDecimal.ZERO);
		}
		BigDecimal low = points.stream().map(PricePoint::price).min(BigDecimal::compareTo).orElseThrow();
		BigDecimal high = points.stream().map(PricePoint::price).max(BigDecimal::compareTo).orElseThrow();
		double min = low.doubleValue();
		double range = high.doubleValue() - min;
		double pad = 2;
		int n = points.size();
		StringBuilder line = new StringBuilder(n * 12);
		StringBuilder area = new StringBuilder(n * 14 + 32).append("M0,").append(height);
		for (int i = 0; i < n; i++) {
			double x = n == 1 ? width / 2.0 : i * (double) width / (n - 1);
			double y = range == 0 ? height / 2.0
					: pad + (height - 2 * pad) * (1 - (points.get(i).price().doubleValue() - min) / range);
			int start = line.length();
			if (i > 0) {
				line.append(' ');
			}
			appendCoordinate(line, x);
			line.append(',');
			appendCoordinate(line, y);
			area.append(" L").append(line, i > 0 ? start + 1 : start, line.length());
		}
		area.append(" L").append(width).append(',').append(height).append(" Z");
		BigDecimal first = points.get(0).price();
		BigDecimal last = points.get(n - 1).price();
		return new PriceChart(width, height, line.toString(), area.toString(), first, last, low, high,
				points.get(0).time(), points.get(n - 1).time(), percentChange(first, last));
	}

	/**
	 * Whether the series ended at or above where it began (also when it began at zero).
	 */
	public boolean rising() {
		if (changePercent != null) {
			return changePercent.signum() >= 0;
		}
		return first == null || last.compareTo(first) >= 0;
	}

	/** {@code (to / from - 1) * 100}, two decimals. */
	public static BigDecimal percentChange(BigDecimal from, BigDecimal to) {
		if (from == null || to == null || from.signum() == 0) {
			return null;
		}
		return to.subtract(from).multiply(BigDecimal.valueOf(100)).divide(from, 2, RoundingMode.HALF_EVEN);
	}

	/**
	 * The value with one decimal, as {@code %.1f} writes it (half up), without a
	 * formatter: a chart has hundreds of them and a page up to fifty charts.
	 */
	static void appendCoordinate(StringBuilder out, double value) {
		long tenths = Math.round(Math.abs(value) * 10);
		if (value < 0 && tenths != 0) {
			out.append('-');
		}
		out.append(tenths / 10).append('.').append(tenths % 10);
	}

}
