package io.orderprocessor.portfolio;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The change since yesterday or since bought: the figure the user actually had. */
class DayChangeTest {

	static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

	@Test
	void aHoldingBoughtAMinuteAgoChangedByWhatItIsWorthLessWhatItCost() {
		// 0.1 BTC bought for $4,000.00; the price is $39,976.00 now, $929.70 up on 24 h
		// ago
		DayChange change = DayChange.of(new BigDecimal("0.1"), new BigDecimal("4000.00"), NOW.minusSeconds(60),
				new BigDecimal("39976.00"), new BigDecimal("929.70"), NOW);

		assertThat(change.amount()).as("not the market's +$92.97").isEqualByComparingTo("-2.40");
		assertThat(change.base()).isEqualByComparingTo("4000.00");
		assertThat(change.percent()).isEqualByComparingTo("-0.06");
	}

	@Test
	void aHoldingOlderThanTheDayChangedAsThePriceDidOverTheDay() {
		DayChange change = DayChange.of(new BigDecimal("0.1"), new BigDecimal("3000.00"), NOW.minus(Duration.ofDays(7)),
				new BigDecimal("39976.00"), new BigDecimal("929.70"), NOW);

		assertThat(change.amount()).isEqualByComparingTo("92.97");
		assertThat(change.base()).as("its value at the price 24 h ago").isEqualByComparingTo("3904.63");
		assertThat(change.percent()).isEqualByComparingTo("2.38");
	}

	@Test
	void theStartOfThePeriodBelongsToThePeriodBefore() {
		DayChange exactly = DayChange.of(new BigDecimal("2"), new BigDecimal("150.00"), NOW.minus(DayChange.PERIOD),
				new BigDecimal("100.00"), new BigDecimal("10.00"), NOW);
		DayChange justAfter = DayChange.of(new BigDecimal("2"), new BigDecimal("150.00"),
				NOW.minus(DayChange.PERIOD).plusMillis(1), new BigDecimal("100.00"), new BigDecimal("10.00"), NOW);

		assertThat(exactly.amount()).isEqualByComparingTo("20.00");
		assertThat(justAfter.amount()).isEqualByComparingTo("50.00");
	}

	@Test
	void holdingsAddUpAmountsAndBasesAndThePercentFollowsTheSum() {
		DayChange bought = DayChange.of(new BigDecimal("0.1"), new BigDecimal("4000.00"), NOW.minusSeconds(60),
				new BigDecimal("39976.00"), new BigDecimal("929.70"), NOW);
		DayChange held = DayChange.of(new BigDecimal("0.1"), new BigDecimal("3000.00"), NOW.minus(Duration.ofDays(7)),
				new BigDecimal("39976.00"), new BigDecimal("929.70"), NOW);

		DayChange total = DayChange.NONE.plus(bought).plus(held);

		assertThat(total.amount()).isEqualByComparingTo("90.57");
		assertThat(total.base()).isEqualByComparingTo("7904.63");
		// 90.57 / 7904.63 = 1.1458...%
		assertThat(total.percent()).isEqualByComparingTo("1.15");
	}

	@Test
	void anUnknownDayMoveIsNoChangeAndNothingHasNoPercent() {
		DayChange unknown = DayChange.of(new BigDecimal("3"), new BigDecimal("1.00"), null, new BigDecimal("0.0938"),
				null, NOW);

		assertThat(unknown.amount()).isEqualByComparingTo("0");
		assertThat(DayChange.NONE.percent()).isNull();
		assertThat(DayChange.NONE.plus(DayChange.NONE).amount()).isEqualByComparingTo("0");
	}

}
