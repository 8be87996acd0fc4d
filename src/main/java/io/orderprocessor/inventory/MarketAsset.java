package io.orderprocessor.inventory;

/** An asset with its current figures: what the market pages and the API show. */
public record MarketAsset(Asset asset, Quote quote) {

	public String symbol() {
		return asset.symbol();
	}

}
