package io.orderprocessor.inventory.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.orderprocessor.inventory.Asset;
import io.orderprocessor.inventory.AssetMother;
import io.orderprocessor.inventory.Candle;
import io.orderprocessor.inventory.HistoryRange;
import io.orderprocessor.inventory.PriceChart;
import io.orderprocessor.inventory.PricePoint;
import io.orderprocessor.inventory.Quote;
import io.orderprocessor.support.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatedPriceSourceTest {

	static final Instant NOW = Instant.parse("2026-11-22T10:15:30.250Z");

	/**
	 * The start of the tick {@link #NOW} falls in: the instant of every figure at NOW.
	 */
	static final Instant TICK = Instant.parse("2026-11-22T10:15:30Z");

	static final long SEED = 7;

	static SimulatedPriceSource at(Instant instant, long seed) {
		return new SimulatedPriceSource(seed, Clock.fixed(instant, ZoneOffset.UTC));
	}

	@Test
	void pricesStayWithinThirtyPercentOfTheReferenceOverAYearOfMinutes() {
		SimulatedPriceSource market = at(NOW, SEED);
		for (Asset asset : List.of(AssetMother.bitcoin(), AssetMother.ether(), AssetMother.pepe())) {
			BigDecimal low = asset.referencePrice().multiply(new BigDecimal("0.70"));
			BigDecimal high = asset.referencePrice().multiply(new BigDecimal("1.30"));
			for (long minute = 0; minute < 365L * 24 * 60; minute += 7) {
				BigDecimal price = market.priceAt(asset, NOW.plus(Duration.ofMinutes(minute)));
				assertThat(price).as("%s after %d minutes", asset.symbol(), minute).isBetween(low, high);
			}
		}
		assertThat(RandomWalk.BOUND).isLessThan(0.30);
	}

	@Test
	void pricesActuallyMove() {
		SimulatedPriceSource market = at(NOW, SEED);
		Asset bitcoin = AssetMother.bitcoin();

		assertThat(market.priceAt(bitcoin, NOW)).isNotEqualTo(market.priceAt(bitcoin, NOW.plusSeconds(5)));
		assertThat(market.priceAt(bitcoin, NOW)).isNotEqualTo(market.priceAt(bitcoin, NOW.minus(Duration.ofDays(3))));
	}

	@Test
	void stablecoinsBarelyMove() {
		SimulatedPriceSource market = at(NOW, SEED);
		for (long hour = 0; hour < 24 * 60; hour += 5) {
			assertThat(market.priceAt(AssetMother.tether(), NOW.plus(Duration.ofHours(hour))))
				.isBetween(new BigDecimal("0.995"), new BigDecimal("1.005"));
		}
	}

	@Test
	void theSameSeedAndInstantGiveTheSamePriceInEveryInstance() {
		SimulatedPriceSource one = at(NOW, SEED);
		SimulatedPriceSource other = at(NOW, SEED);

		for (Asset asset : List.of(AssetMother.bitcoin(), AssetMother.ether(), AssetMother.pepe())) {
			assertThat(one.quote(asset)).isEqualTo(other.quote(asset));
			assertThat(one.history(asset, HistoryRange.D30)).isEqualTo(other.history(asset, HistoryRange.D30));
			assertThat(one.priceAt(asset, NOW)).isEqualTo(one.priceAt(asset, NOW));
		}
	}

	@Test
	void anotherSeedIsAnotherMarket() {
		assertThat(at(NOW, SEED).priceAt(AssetMother.bitcoin(), NOW))
			.isNotEqualTo(at(NOW, SEED + 1).priceAt(AssetMother.bitcoin(), NOW));
	}

	@Test
	void changesMatchTheHistory() {
		SimulatedPriceSource market = at(NOW, SEED);
		Asset bitcoin = AssetMother.bitcoin();
		Quote quote = market.quote(bitcoin);

		List<PricePoint> day = market.history(bitcoin, HistoryRange.D1);
		List<PricePoint> week = market.history(bitcoin, HistoryRange.D7);
		List<PricePoint> month = market.history(bitcoin, HistoryRange.D30);

		assertThat(day.get(day.size() - 1)).isEqualTo(new PricePoint(TICK, quote.price()));
		assertThat(day.get(0).time()).isEqualTo(TICK.minus(Duration.ofDays(1)));
		assertThat(quote.change24h()).isEqualTo(PriceChart.percentChange(day.get(0).price(), quote.price()));
		assertThat(quote.priceChange24h()).isEqualTo(quote.price().subtract(day.get(0).price()));
		assertThat(quote.change7d()).isEqualTo(PriceChart.percentChange(week.get(0).price(), quote.price()));
		assertThat(quote.change30d()).isEqualTo(PriceChart.percentChange(month.get(0).price(), quote.price()));
		assertThat(quote.high24h()).isEqualTo(day.stream().map(PricePoint::price).max(BigDecimal::compareTo).get());
		assertThat(quote.low24h()).isEqualTo(day.stream().map(PricePoint::price).min(BigDecimal::compareTo).get());
		assertThat(quote.marketCap()).isEqualByComparingTo(quote.price().multiply(bitcoin.circulatingSupply()));
		assertThat(quote.asOf()).isEqualTo(TICK);
	}

	@Test
	void historiesHaveEvenlySpacedPointsEndingNow() {
		SimulatedPriceSource market = at(NOW, SEED);
		for (HistoryRange range : HistoryRange.values()) {
			List<PricePoint> history = market.history(AssetMother.ether(), range);
			assertThat(history).hasSize(range.points());
			assertThat(history.get(1).time()).isEqualTo(history.get(0).time().plus(range.step()));
			assertThat(history.get(history.size() - 1).time()).isEqualTo(TICK);
		}
	}

	@Test
	void candlesCoverTheRangeOnItsStepAndEndNow() {
		SimulatedPriceSource market = at(NOW, SEED);
		for (HistoryRange range : HistoryRange.values()) {
			List<Candle> candles = market.candles(AssetMother.bitcoin(), range);
			assertThat(candles.get(0).from()).isBeforeOrEqualTo(TICK.minus(range.span()));
			assertThat(candles.get(candles.size() - 1).to()).isEqualTo(TICK);
			for (int i = 0; i < candles.size(); i++) {
				Candle candle = candles.get(i);
				assertThat(candle.high()).isGreaterThanOrEqualTo(candle.open().max(candle.close()));
				assertThat(candle.low()).isLessThanOrEqualTo(candle.open().min(candle.close()));
				assertThat(candle.volume()).isPositive();
				if (i > 0) {
					assertThat(candle.from()).isEqualTo(candles.get(i - 1).to());
					assertThat(candle.open()).isEqualTo(candles.get(i - 1).close());
				}
			}
			assertThat(candles.get(candles.size() - 1).close()).isEqualTo(market.priceAt(AssetMother.bitcoin(), TICK));
		}
	}

	@Test
	void aClosedCandleIsTheSameAtALaterRequest() {
		Asset bitcoin = AssetMother.bitcoin();
		List<Candle> now = at(NOW, SEED).candles(bitcoin, HistoryRange.D1);
		List<Candle> later = at(NOW.plus(Duration.ofMinutes(20)), SEED).candles(bitcoin, HistoryRange.D1);

		Candle closed = now.get(now.size() - 2);
		assertThat(later).contains(closed);
		assertThat(later.get(later.size() - 1).to()).isEqualTo(TICK.plus(Duration.ofMinutes(20)));
	}

	@Test
	void smallPricesKeepTheirSignificantDigits() {
		BigDecimal price = at(NOW, SEED).priceAt(AssetMother.pepe(), NOW);

		assertThat(price.precision()).isLessThanOrEqualTo(6);
		assertThat(price.signum()).isPositive();
		assertThat(at(NOW, SEED).priceAt(AssetMother.bitcoin(), NOW).scale()).isEqualTo(2);
	}

	@Test
	void figuresStayWithinATickAndMoveWithTheNext() {
		MovableClock clock = new MovableClock(TICK);
		SimulatedPriceSource market = new SimulatedPriceSource(SEED, clock);
		Asset bitcoin = AssetMother.bitcoin();
		Quote first = market.quote(bitcoin);
		List<PricePoint> week = market.history(bitcoin, HistoryRange.D7);

		clock.advance(SimulatedPriceSource.TICK.minusMillis(1));
		assertThat(market.quote(bitcoin)).isEqualTo(first);
		assertThat(market.history(bitcoin, HistoryRange.D7)).isEqualTo(week);

		clock.advance(Duration.ofMillis(1));
		Instant next = TICK.plus(SimulatedPriceSource.TICK);
		Quote later = market.quote(bitcoin);
		assertThat(later.asOf()).isEqualTo(next);
		assertThat(later.price()).isEqualTo(market.priceAt(bitcoin, next));
		List<PricePoint> laterWeek = market.history(bitcoin, HistoryRange.D7);
		assertThat(laterWeek.get(laterWeek.size() - 1)).isEqualTo(new PricePoint(next, later.price()));
		assertThat(market.candles(bitcoin, HistoryRange.D1)
			.get(market.candles(bitcoin, HistoryRange.D1).size() - 1)
			.close()).isEqualTo(later.price());
	}

	@Test
	void anEditedAssetIsPricedAgainWithinTheTick() {
		SimulatedPriceSource market = at(NOW, SEED);
		Asset bitcoin = AssetMother.bitcoin();
		Asset dearer = AssetMother.asset("BTC", "Bitcoin", "layer-1", "bitcoin", "90000", 1, true);
		BigDecimal before = market.quote(bitcoin).price();

		assertThat(market.quote(dearer).price()).isEqualTo(market.priceAt(dearer, TICK)).isNotEqualTo(before);
		assertThat(market.history(dearer, HistoryRange.D7).get(0).price())
			.isEqualTo(market.priceAt(dearer, TICK.minus(HistoryRange.D7.span())));
	}

}
