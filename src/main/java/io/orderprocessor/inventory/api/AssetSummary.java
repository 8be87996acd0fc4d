package io.orderprocessor.inventory.api;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.orderprocessor.inventory.MarketAsset;

/** An asset in the list, with the original's field names. */
record AssetSummary(String assetId, String symbol, String name, String description, String category,
		BigDecimal priceUsd, @JsonProperty("is_active") boolean isActive, String image, int marketCapRank,
		@JsonProperty("price_change_percentage_24h") BigDecimal priceChangePercentage24h, BigDecimal marketCap,
		@JsonProperty("total_volume_24h") BigDecimal totalVolume24h) {

	static AssetSummary of(MarketAsset item) {
		var asset = item.asset();
		var quote = item.quote();
		return new AssetSummary(asset.symbol(), asset.symbol(), asset.name(), asset.description(), asset.category(),
				quote.price(), asset.active(), null, asset.marketCapRank(), quote.change24h(), quote.marketCap(),
				quote.volume24h());
	}

}
