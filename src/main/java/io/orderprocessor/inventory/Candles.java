package io.orderprocessor.inventory;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Prices sampled over time, cut into buckets of one width: open, high, low, close. */
public final class Candles {

	private Candles() {
	}

	/**
	 * The candles of {@code samples} (oldest first) in buckets of {@code width} from the
	 * first sample on. A bucket {@code [from, to]} holds the samples from its start to
	 * its end, both included, so one bucket's close is the next one's open; the last
	 * bucket ends at the last sample. Buckets without a sample are left out (a gap in the
	 * data stays a gap).
	 * @param volume the value traded between two instants, or null when unknown
	 */
	public static List<Candle> of(List<PricePoint> samples, Duration width,
			BiFunction<Instant, Instant, BigDecimal> volume) {
		if (samples.isEmpty()) {
			return List.of();
		}
		if (width.isZero() || width.isNegative()) {
			throw new IllegalArgumentException("A candle must be wider than zero: " + width);
		}
		Instant first = samples.get(0).time();
		Instant last = samples.get(samples.size() - 1).time();
		long span = Duration.between(first, last).toMillis();
		long step = width.toMillis();
		int count = (int) Math.max(1, (span + step - 1) / step);
		List<Candle> candles = new ArrayList<>(count);
		int next = 0;
		for (int k = 0; k < count; k++) {
			Instant from = first.plusMillis(k * step);
			Instant to = k == count - 1 ? last : from.plusMillis(step);
			while (next < samples.size() && samples.get(next).time().isBefore(from)) {
				next++;
			}
			BigDecimal open = null;
			BigDecimal high = null;
			BigDecimal low = null;
			BigDecimal close = null;
			int i = next;
			while (i < samples.size() && !samples.get(i).time().isAfter(to)) {
				BigDecimal price = samples.get(i).price();
				if (open == null) {
					open = price;
					high = price;
					low = price;
				}
				high = high.max(price);
				low = low.min(price);
				close = price;
				i++;
			}
			if (open != null) {
				candles.add(new Candle(from, to, open, high, low, close, volume.apply(from, to)));
			}
		}
		return List.copyOf(candles);
	}

	/**
	 * The candles a history of evenly spaced points gives for a range: one per step of
	 * the range, or per spacing of the points when they are further apart.
	 */
	public static List<Candle> of(List<PricePoint> history, HistoryRange range) {
		Duration width = range.step();
		if (history.size() > 1) {
			Duration spacing = Duration.between(history.get(0).time(), history.get(history.size() - 1).time())
				.dividedBy(history.size() - 1);
			width = spacing.compareTo(width) > 0 ? spacing : width;
		}
		return of(history, width, (from, to) -> null);
	}

}
