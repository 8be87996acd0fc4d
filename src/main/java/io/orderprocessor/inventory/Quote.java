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

}
