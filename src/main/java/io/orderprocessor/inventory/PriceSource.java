package io.orderprocessor.inventory;

import java.util.List;

/**
 * Where prices come from: a simulated market or CoinGecko ({@code app.market.source}).
 * Implementations answer from memory and never fail: when their upstream does, they keep
 * answering with the last good figures and say how old they are in {@link #status()}.
 */
public interface PriceSource {

	/** The asset's figures now. */
	Quote quote(Asset asset);

	/** Prices over the range, oldest first, the last point being now. */
	List<PricePoint> history(Asset asset, HistoryRange range);

	/**
	 * The range's prices as candles, oldest first, the last one ending now. By default
	 * cut from {@link #history}, without volume.
	 */
	default List<Candle> candles(Asset asset, HistoryRange range) {
		return Candles.of(history(asset, range), range);
	}

	/** Which source this is, how fresh its figures are and what went wrong last. */
	MarketStatus status();

}
