package io.orderprocessor.inventory.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.orderprocessor.inventory.Candle;
import io.orderprocessor.inventory.PriceChart;

/**
 * The interactive chart of an asset page: the candles as JSON for {@code charts.js} (in a
 * {@code data-chart} attribute, as no inline script is allowed) and the range's figures
 * for the text alternative.
 *
 * @param candles oldest first
 * @param change the close minus the open of the range, null without candles
 * @param changePercent that change in percent of the open, null without candles
 */
record CandleChart(List<Candle> candles, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
		BigDecimal change, BigDecimal changePercent, Instant from, Instant to) {

	static CandleChart of(List<Candle> candles) {
		if (candles.isEmpty()) {
			return new CandleChart(candles, null, null, null, null, null, null, null, null);
		}
		Candle first = candles.get(0);
		Candle last = candles.get(candles.size() - 1);
		BigDecimal high = candles.stream().map(Candle::high).max(BigDecimal::compareTo).orElseThrow();
		BigDecimal low = candles.stream().map(Candle::low).min(BigDecimal::compareTo).orElseThrow();
		return new CandleChart(candles, first.open(), high, low, last.close(), last.close().subtract(first.open()),
				PriceChart.percentChange(first.open(), last.close()), first.from(), last.to());
	}

	public boolean hasVolume() {
		return !candles.isEmpty() && candles.stream().allMatch(candle -> candle.volume() != null);
	}

	/**
	 * {@code {"t":[…],"o":[…],"h":[…],"l":[…],"c":[…],"v":[…]|null,"w":…}}: each candle's
	 * end in epoch seconds (the time of its close), its prices, its volume, and a
	 * candle's width in seconds.
	 */
	public String json() {
		long width = candles.isEmpty() ? 0
				: candles.get(0).to().getEpochSecond() - candles.get(0).from().getEpochSecond();
		return "{\"t\":" + array(candle -> String.valueOf(candle.to().getEpochSecond())) + ",\"o\":"
				+ array(candle -> candle.open().toPlainString()) + ",\"h\":"
				+ array(candle -> candle.high().toPlainString()) + ",\"l\":"
				+ array(candle -> candle.low().toPlainString()) + ",\"c\":"
				+ array(candle -> candle.close().toPlainString()) + ",\"v\":"
				+ (hasVolume() ? array(candle -> candle.volume().toPlainString()) : "null") + ",\"w\":" + width + "}";
	}

	private String array(Function<Candle, String> value) {
		return candles.stream().map(value).collect(Collectors.joining(",", "[", "]"));
	}

}
