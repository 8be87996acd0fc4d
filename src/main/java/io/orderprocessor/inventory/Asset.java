package io.orderprocessor.inventory;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * One entry of the catalogue.
 *
 * @param symbol 1-10 upper-case letters or digits, the asset's id
 * @param coingeckoId the id CoinGecko knows the asset by
 * @param referencePrice the price in USD the simulated market moves around
 * @param maxSupply null when the supply is uncapped
 * @param active inactive assets are listed but cannot be traded
 */
public record Asset(String symbol, String name, String category, String description, String coingeckoId,
		BigDecimal referencePrice, int marketCapRank, BigDecimal circulatingSupply, BigDecimal totalSupply,
		BigDecimal maxSupply, boolean active) {

	/** Up to two letters for the asset's badge. */
	public String initials() {
		return symbol.length() <= 2 ? symbol : symbol.substring(0, 2);
	}

	/** 0-7, a stable colour for the asset's badge. */
	public int hue() {
		return Math.floorMod(symbol.hashCode(), 8);
	}

	boolean matches(String text) {
		String needle = text.toLowerCase(Locale.ROOT);
		return symbol.toLowerCase(Locale.ROOT).contains(needle) || name.toLowerCase(Locale.ROOT).contains(needle);
	}

}
