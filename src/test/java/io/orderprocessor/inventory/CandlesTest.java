package io.orderprocessor.inventory;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Cutting sampled prices into open/high/low/close buckets. */
class CandlesTest {

	static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

	static PricePoint at(int minutes, String price) {
		return new PricePoint(T0.plus(Duration.ofMinutes(minutes)), new BigDecimal(price));
	}

	@Test
	void eachBucketHasItsFirstHighestLowestAndLastPrice() {
		List<PricePoint> samples = List.of(at(0, "10"), at(10, "14"), at(20, "9"), at(30, "12"), at(40, "15"),
				at(50, "11"), at(60, "13"));

		List<Candle> candles = Candles.of(samples, Duration.ofMinutes(30), (from, to) -> null);

		assertThat(candles).containsExactly(
				new Candle(T0, T0.plus(Duration.ofMinutes(30)), new BigDecimal("10"), new BigDecimal("14"),
						new BigDecimal("9"), new BigDecimal("12"), null),
				new Candle(T0.plus(Duration.ofMinutes(30)), T0.plus(Duration.ofMinutes(60)), new BigDecimal("12"),
						new BigDecimal("15"), new BigDecimal("11"), new BigDecimal("13"), null));
	}

	@Test
	void aBucketClosesWhereTheNextOpensAndTheLastEndsAtTheLastSample() {
		List<PricePoint> samples = List.of(at(0, "1"), at(15, "2"), at(30, "3"), at(45, "4"), at(50, "5"));

		List<Candle> candles = Candles.of(samples, Duration.ofMinutes(15), (from, to) -> null);

		assertThat(candles).hasSize(4);
		for (int i = 1; i < candles.size(); i++) {
			assertThat(candles.get(i).open()).isEqualTo(candles.get(i - 1).close());
		}
		Candle last = candles.get(3);
		assertThat(last.from()).isEqualTo(T0.plus(Duration.ofMinutes(45)));
		assertThat(last.to()).isEqualTo(T0.plus(Duration.ofMinutes(50)));
		assertThat(last.close()).isEqualTo(new BigDecimal("5"));
	}

	@Test
	void bucketsWithoutASampleAreLeftOut() {
		List<PricePoint> samples = List.of(at(0, "1"), at(5, "2"), at(95, "3"), at(100, "4"));

		List<Candle> candles = Candles.of(samples, Duration.ofMinutes(20), (from, to) -> null);

		assertThat(candles).extracting(Candle::from).containsExactly(T0, T0.plus(Duration.ofMinutes(80)));
		assertThat(candles.get(1).open()).isEqualTo(new BigDecimal("3"));
	}

	@Test
	void theVolumeOfEachBucketComesFromItsSpan() {
		List<PricePoint> samples = List.of(at(0, "1"), at(60, "2"), at(120, "3"));
		List<Duration> asked = new ArrayList<>();

		List<Candle> candles = Candles.of(samples, Duration.ofHours(1), (from, to) -> {
			asked.add(Duration.between(from, to));
			return BigDecimal.valueOf(Duration.between(T0, from).toMinutes());
		});

		assertThat(candles).extracting(Candle::volume).containsExactly(BigDecimal.ZERO, BigDecimal.valueOf(60));
		assertThat(asked).containsOnly(Duration.ofHours(1));
	}

	@Test
	void aSparseHistoryGivesCandlesAsWideAsItsSpacing() {
		List<PricePoint> hourly = new ArrayList<>();
		for (int hour = 0; hour <= 24; hour++) {
			hourly.add(at(hour * 60, String.valueOf(100 + hour)));
		}

		List<Candle> candles = Candles.of(hourly, HistoryRange.D1);

		assertThat(candles).hasSize(24);
		assertThat(candles.get(0).open()).isEqualTo(new BigDecimal("100"));
		assertThat(candles.get(0).close()).isEqualTo(new BigDecimal("101"));
	}

	@Test
	void noSamplesNoCandlesAndAWidthMustBePositive() {
		assertThat(Candles.of(List.of(), Duration.ofMinutes(5), (from, to) -> null)).isEmpty();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Candles.of(List.of(at(0, "1")), Duration.ZERO, (from, to) -> null));
	}

}
