package io.orderprocessor.inventory.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.orderprocessor.inventory.MarketAsset;

/**
 * One asset with all its figures, with the original's field names; the changes from the
 * all-time high and low are {@link io.orderprocessor.inventory.Quote#athChangePercent()
 * worked out from the price} (two decimals, half-even).
 */
record AssetDetail(String assetId, String symbol, String name, String description, String category, BigDecimal priceUsd,
		@JsonProperty("is_active") boolean isActive, String image, int marketCapRank,
		@JsonProperty("price_change_percentage_24h") BigDecimal priceChangePercentage24h, BigDecimal marketCap,
		@JsonProperty("total_volume_24h") BigDecimal totalVolume24h, String availabilityStatus,
		@JsonProperty("price_change_24h") BigDecimal priceChange24h,
		@JsonProperty("price_change_percentage_7d") BigDecimal priceChangePercentage7d,
		@JsonProperty("price_change_percentage_30d") BigDecimal priceChangePercentage30d,
		@JsonProperty("high_24h") BigDecimal high24h, @JsonProperty("low_24h") BigDecimal low24h,
		BigDecimal circulatingSupply, BigDecimal totalSupply, BigDecimal maxSupply, BigDecimal ath,
		BigDecimal athChangePercentage, String athDate, BigDecimal atl, BigDecimal atlChangePercentage, String atlDate,
		String lastUpdated) {

	static AssetDetail of(MarketAsset item) {
		var asset = item.asset();
		var quote = item.quote();
		return new AssetDetail(asset.symbol(), asset.symbol(), asset.name(), asset.description(), asset.category(),
				quote.price(), asset.active(), null, asset.marketCapRank(), quote.change24h(), quote.marketCap(),
				quote.volume24h(), asset.active() ? "available" : "suspended", quote.priceChange24h(), quote.change7d(),
				quote.change30d(), quote.high24h(), quote.low24h(), asset.circulatingSupply(), asset.totalSupply(),
				asset.maxSupply(), quote.ath(), quote.athChangePercent(), timestamp(quote.athDate()), quote.atl(),
				quote.atlChangePercent(), timestamp(quote.atlDate()), timestamp(quote.asOf()));
	}

	/** ISO-8601 UTC with {@code Z}, whole seconds. */
	static String timestamp(Instant instant) {
		return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

}
