package io.orderprocessor.inventory;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An asset's market figures at one instant. Changes are percentages with two decimals;
 * figures a source does not know are null.
 */
public record Quote(String symbol, BigDecimal price, BigDecimal priceChange24h, BigDecimal change24h,
		BigDecimal change7d, BigDecimal change30d, BigDecimal high24h, BigDecimal low24h, BigDecimal marketCap,
		BigDecimal volume24h, BigDecimal ath, Instant athDate, BigDecimal atl, Instant atlDate, Instant asOf) {

	/**
	 * How far the price is from the all-time high, in percent:
	 * {@code (price - ath) / ath *
	 * 100} in exact decimals, rounded half-even to two decimals (as every change here);
	 * zero or negative, null when the high is unknown or 0.
	 */
	public BigDecimal athChangePercent() {
		return PriceChart.percentChange(ath, price);
	}

	/**
	 * How far the price is above the all-time low, in percent:
	 * {@code (price - atl) / atl *
	 * 100}, rounded as {@link #athChangePercent}; null when the low is unknown or 0.
	 */
	public BigDecimal atlChangePercent() {
		return PriceChart.percentChange(atl, price);
	}

}
