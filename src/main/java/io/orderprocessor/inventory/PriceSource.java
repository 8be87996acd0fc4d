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

	/** Which source this is, how fresh its figures are and what went wrong last. */
	MarketStatus status();

}
