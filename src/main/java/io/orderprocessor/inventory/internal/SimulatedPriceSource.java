package io.orderprocessor.inventory.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.orderprocessor.inventory.Asset;
import io.orderprocessor.inventory.Candle;
import io.orderprocessor.inventory.Candles;
import io.orderprocessor.inventory.HistoryRange;
import io.orderprocessor.inventory.MarketStatus;
import io.orderprocessor.inventory.PriceChart;
import io.orderprocessor.inventory.PricePoint;
import io.orderprocessor.inventory.PriceSource;
import io.orderprocessor.inventory.Quote;

/**
 * The default market: every price is the asset's reference price times a
 * {@link RandomWalk} factor at the clock's instant, so it stays within ±30% of the
 * reference and every instance with the same seed shows the same price at the same
 * moment. Changes, highs and lows, volumes and history all come from the same function.
 * Stablecoins barely move.
 * <p>
 * The market ticks once every {@link #TICK}, as a feed does: every figure is the one at
 * the start of the current tick, computed once for the first request of the tick and
 * shared by every other one until the next tick (a quote and a history of each asset cost
 * some two hundred prices; the market page shows fifty of them).
 */
public class SimulatedPriceSource implements PriceSource {

	static final String NAME = "simulated";

	private static final double STABLECOIN_VOLATILITY = 0.01;

	/** How often prices move. */
	static final Duration TICK = Duration.ofSeconds(1);

	private static final MathContext SIGNIFICANT = new MathContext(6, RoundingMode.HALF_EVEN);

	/** Samples per candle, beside its two ends: enough for a high and low to show. */
	private static final int SAMPLES_PER_CANDLE = 8;

	/** Closed candles never change: beyond this many the memo starts again. */
	private static final int MEMO_LIMIT = 50_000;

	private final Map<CandleKey, Candle> closedCandles = new ConcurrentHashMap<>();

	/** The figures computed in the current tick, by asset and kind. */
	private volatile TickMemo memo = new TickMemo(Instant.EPOCH);

	private final RandomWalk walk;

	private final Clock clock;

	public SimulatedPriceSource(long seed, Clock clock) {
		this.walk = new RandomWalk(seed);
		this.clock = clock;
	}

	/** The asset's price at any instant. */
	public BigDecimal priceAt(Asset asset, Instant instant) {
		double factor = walk.factor(asset.symbol(), volatility(asset), instant);
		return normalise(asset.referencePrice().multiply(BigDecimal.valueOf(factor)));
	}

	@Override
	public Quote quote(Asset asset) {
		TickMemo tick = memo();
		return tick.get(new MemoKey(asset, null, Quote.class), () -> quote(asset, tick));
	}

	private Quote quote(Asset asset, TickMemo tick) {
		Instant now = tick.at();
		BigDecimal price = priceAt(asset, now);
		BigDecimal dayAgo = priceAt(asset, now.minus(HistoryRange.D1.span()));
		List<PricePoint> day = history(asset, HistoryRange.D1, tick);
		List<PricePoint> month = history(asset, HistoryRange.D30, tick);
		PricePoint high = month.stream().max(Comparator.comparing(PricePoint::price)).orElseThrow();
		PricePoint low = month.stream().min(Comparator.comparing(PricePoint::price)).orElseThrow();
		BigDecimal marketCap = price.multiply(asset.circulatingSupply()).setScale(0, RoundingMode.HALF_EVEN);
		return new Quote(asset.symbol(), price, price.subtract(dayAgo), PriceChart.percentChange(dayAgo, price),
				PriceChart.percentChange(priceAt(asset, now.minus(HistoryRange.D7.span())), price),
				PriceChart.percentChange(month.get(0).price(), price),
				day.stream().map(PricePoint::price).max(BigDecimal::compareTo).orElseThrow(),
				day.stream().map(PricePoint::price).min(BigDecimal::compareTo).orElseThrow(), marketCap,
				volume(asset, marketCap, now), high.price(), high.time(), low.price(), low.time(), now);
	}

	@Override
	public List<PricePoint> history(Asset asset, HistoryRange range) {
		return history(asset, range, memo());
	}

	private List<PricePoint> history(Asset asset, HistoryRange range, TickMemo tick) {
		return tick.get(new MemoKey(asset, range, PricePoint.class), () -> historyAt(asset, range, tick.at()));
	}

	/**
	 * Candles on the range's step, aligned to the epoch so that a closed candle is the
	 * same at every request and is computed once; only the last, still open one is
	 * computed again. Each is cut from its two ends and {@value #SAMPLES_PER_CANDLE}
	 * samples between.
	 */
	@Override
	public List<Candle> candles(Asset asset, HistoryRange range) {
		TickMemo tick = memo();
		return tick.get(new MemoKey(asset, range, Candle.class), () -> candles(asset, range, tick.at()));
	}

	private List<Candle> candles(Asset asset, HistoryRange range, Instant now) {
		long step = range.step().toMillis();
		long first = Math.floorDiv(now.minus(range.span()).toEpochMilli(), step) * step;
		List<Candle> candles = new ArrayList<>();
		for (long from = first; from < now.toEpochMilli(); from += step) {
			Instant start = Instant.ofEpochMilli(from);
			Instant end = Instant.ofEpochMilli(Math.min(from + step, now.toEpochMilli()));
			if (end.equals(now)) {
				candles.add(candle(asset, start, end, range.step()));
			}
			else {
				if (closedCandles.size() > MEMO_LIMIT) {
					closedCandles.clear();
				}
				candles.add(closedCandles.computeIfAbsent(
						new CandleKey(asset.symbol(), asset.referencePrice(), asset.category(), start, range.step()),
						key -> candle(asset, start, end, range.step())));
			}
		}
		return List.copyOf(candles);
	}

	private Candle candle(Asset asset, Instant from, Instant to, Duration width) {
		Duration sampleStep = Duration.between(from, to).dividedBy(SAMPLES_PER_CANDLE + 1);
		List<PricePoint> samples = new ArrayList<>(SAMPLES_PER_CANDLE + 2);
		for (int i = 0; i <= SAMPLES_PER_CANDLE; i++) {
			Instant at = from.plus(sampleStep.multipliedBy(i));
			samples.add(new PricePoint(at, priceAt(asset, at)));
		}
		samples.add(new PricePoint(to, priceAt(asset, to)));
		return Candles.of(samples, width, (start, end) -> volume(asset, start, end)).get(0);
	}

	/**
	 * The value traded in a candle: the day's turnover for its share of a day, varying by
	 * candle.
	 */
	private BigDecimal volume(Asset asset, Instant from, Instant to) {
		BigDecimal marketCap = priceAt(asset, from).multiply(asset.circulatingSupply());
		double turnover = 0.02 + 0.06 * walk.unit(asset.symbol(), 1);
		double share = Duration.between(from, to).toMillis() / (double) Duration.ofDays(1).toMillis();
		double variation = 0.6 + 0.8 * walk.unit(asset.symbol(), 5_000 + from.getEpochSecond() / 60);
		return marketCap.multiply(BigDecimal.valueOf(turnover * share * variation)).setScale(0, RoundingMode.HALF_EVEN);
	}

	@Override
	public MarketStatus status() {
		return new MarketStatus(NAME, memo().at(), Duration.ZERO, true, null);
	}

	/** The memo of the current tick: a new, empty one when the tick moved on. */
	private TickMemo memo() {
		long tick = TICK.toMillis();
		Instant now = Instant.ofEpochMilli(Math.floorDiv(clock.millis(), tick) * tick);
		TickMemo current = memo;
		if (!current.at().equals(now)) {
			current = new TickMemo(now);
			memo = current;
		}
		return current;
	}

	private List<PricePoint> historyAt(Asset asset, HistoryRange range, Instant now) {
		int points = range.points();
		List<PricePoint> history = new ArrayList<>(points);
		Instant start = now.minus(range.span());
		for (int i = 0; i < points; i++) {
			Instant at = i == points - 1 ? now : start.plus(range.step().multipliedBy(i));
			history.add(new PricePoint(at, priceAt(asset, at)));
		}
		return List.copyOf(history);
	}

	/**
	 * A day's trading as a share of the market cap: 2-8% per asset, moving by the hour.
	 */
	private BigDecimal volume(Asset asset, BigDecimal marketCap, Instant now) {
		double turnover = 0.02 + 0.06 * walk.unit(asset.symbol(), 1);
		double hourly = 0.8 + 0.4 * walk.unit(asset.symbol(), 1_000 + now.getEpochSecond() / 3_600);
		return marketCap.multiply(BigDecimal.valueOf(turnover * hourly)).setScale(0, RoundingMode.HALF_EVEN);
	}

	private static double volatility(Asset asset) {
		return "stablecoin".equals(asset.category()) ? STABLECOIN_VOLATILITY : 1;
	}

	/** Cents from $1 up; six significant digits below. */
	static BigDecimal normalise(BigDecimal price) {
		return price.compareTo(BigDecimal.ONE) >= 0 ? price.setScale(2, RoundingMode.HALF_EVEN)
				: price.round(SIGNIFICANT);
	}

	/**
	 * What a figure depends on besides the tick: the whole asset, so an edit computes it
	 * again. Hashed by symbol alone (an asset's own hash goes through all its figures,
	 * and a market page looks up every asset).
	 */
	private record MemoKey(Asset asset, HistoryRange range, Class<?> kind) {

		@Override
		public boolean equals(Object other) {
			return other instanceof MemoKey key && this.range == key.range && this.kind == key.kind
					&& (this.asset == key.asset || this.asset.equals(key.asset));
		}

		@Override
		public int hashCode() {
			return (this.asset.symbol().hashCode() * 31 + Objects.hashCode(this.range)) * 31 + this.kind.hashCode();
		}

	}

	/** The figures of one tick. */
	private record TickMemo(Instant at, Map<MemoKey, Object> values) {

		TickMemo(Instant at) {
			this(at, new ConcurrentHashMap<>());
		}

		/**
		 * The figure, computed when it is not there yet; two requests that race compute
		 * the same figure twice, and one of them is kept.
		 */
		@SuppressWarnings("unchecked")
		<T> T get(MemoKey key, Supplier<T> compute) {
			Object value = values.get(key);
			if (value == null) {
				value = compute.get();
				Object earlier = values.putIfAbsent(key, value);
				if (earlier != null) {
					value = earlier;
				}
			}
			return (T) value;
		}

	}

	/** What a closed candle depends on. */
	private record CandleKey(String symbol, BigDecimal referencePrice, String category, Instant from, Duration width) {

	}

}
