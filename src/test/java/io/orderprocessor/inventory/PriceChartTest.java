package io.orderprocessor.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PriceChartTest {

	static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

	static List<PricePoint> prices(String... prices) {
		return java.util.stream.IntStream.range(0, prices.length)
			.mapToObj(i -> new PricePoint(START.plusSeconds(60L * i), new BigDecimal(prices[i])))
			.toList();
	}

	@Test
	void theLineSpansTheBoxWithOneDecimalAndTheAreaClosesUnderIt() {
		PriceChart chart = PriceChart.of(prices("100", "110", "105"), 120, 32);

		assertThat(chart.line()).isEqualTo("0.0,30.0 60.0,2.0 120.0,16.0");
		assertThat(chart.area()).isEqualTo("M0,32 L0.0,30.0 L60.0,2.0 L120.0,16.0 L120,32 Z");
		assertThat(chart.low()).isEqualByComparingTo("100");
		assertThat(chart.high()).isEqualByComparingTo("110");
		assertThat(chart.changePercent()).isEqualByComparingTo("5.00");
	}

	@Test
	void aFlatSeriesRunsThroughTheMiddle() {
		PriceChart chart = PriceChart.of(prices("7", "7"), 10, 32);

		assertThat(chart.line()).isEqualTo("0.0,16.0 10.0,16.0");
	}

	@Test
	void coordinatesAreWrittenAsTheFormatterWritesThem() {
		for (double value : new double[] { 0, 0.04, 0.05, 2.25, 7.96, 13.333333, 119.04, 719.99, 240 }) {
			StringBuilder out = new StringBuilder();
			PriceChart.appendCoordinate(out, value);
			assertThat(out).as("%s", value).hasToString(String.format(java.util.Locale.ROOT, "%.1f", value));
		}
	}

}
