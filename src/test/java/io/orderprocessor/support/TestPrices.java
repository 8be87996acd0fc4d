package io.orderprocessor.support;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.orderprocessor.inventory.Asset;
import io.orderprocessor.inventory.Candle;
import io.orderprocessor.inventory.HistoryRange;
import io.orderprocessor.inventory.MarketStatus;
import io.orderprocessor.inventory.PricePoint;
import io.orderprocessor.inventory.PriceSource;
import io.orderprocessor.inventory.Quote;

/**
 * The market of the tests: the simulated market, except for symbols a test pins to a
 * price, so that orders fill at known prices and limit orders are crossed when the test
 * says so. After each test of an {@link IntegrationTest}, {@link ReleasePinnedPrices}
 * releases what it pinned.
 */
public class TestPrices implements PriceSource {

	private final PriceSource market;

	private final Map<String, BigDecimal> pinned = new ConcurrentHashMap<>();

	public TestPrices(PriceSource market) {
		this.market = market;
	}

	public void pin(String symbol, String price) {
		pinned.put(symbol, new BigDecimal(price));
	}

	public void release(String symbol) {
		pinned.remove(symbol);
	}

	public void releaseAll() {
		pinned.clear();
	}

	@Override
	public Quote quote(Asset asset) {
		Quote quote = market.quote(asset);
		BigDecimal price = pinned.get(asset.symbol());
		if (price == null) {
			return quote;
		}
		return new Quote(quote.symbol(), price, quote.priceChange24h(), quote.change24h(), quote.change7d(),
				quote.change30d(), quote.high24h(), quote.low24h(), quote.marketCap(), quote.volume24h(), quote.ath(),
				quote.athDate(), quote.atl(), quote.atlDate(), quote.asOf());
	}

	@Override
	public List<PricePoint> history(Asset asset, HistoryRange range) {
		return market.history(asset, range);
	}

	@Override
	public List<Candle> candles(Asset asset, HistoryRange range) {
		return market.candles(asset, range);
	}

	@Override
	public MarketStatus status() {
		return market.status();
	}

}
