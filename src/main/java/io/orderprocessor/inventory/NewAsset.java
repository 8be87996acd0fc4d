package io.orderprocessor.inventory;

/**
 * An asset an admin adds, as typed.
 *
 * @param referencePrice the price in USD the simulated market moves around, as text
 * @param coingeckoId the id CoinGecko knows the asset by, or blank for none
 */
public record NewAsset(String symbol, String name, String category, String description, String referencePrice,
		String coingeckoId) {
}
