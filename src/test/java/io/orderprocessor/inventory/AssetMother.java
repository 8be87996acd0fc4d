package io.orderprocessor.inventory;

import java.math.BigDecimal;

/** Assets for tests. */
public final class AssetMother {

	private AssetMother() {
	}

	public static Asset bitcoin() {
		return asset("BTC", "Bitcoin", "layer-1", "bitcoin", "45000", 1, true);
	}

	public static Asset ether() {
		return asset("ETH", "Ethereum", "layer-1", "ethereum", "2400", 2, true);
	}

	public static Asset tether() {
		return asset("USDT", "Tether", "stablecoin", "tether", "1.00", 3, true);
	}

	public static Asset pepe() {
		return asset("PEPE", "Pepe", "meme", "pepe", "0.0000012", 40, true);
	}

	public static Asset asset(String symbol, String name, String category, String coingeckoId, String price, int rank,
			boolean active) {
		return new Asset(symbol, name, category, name + " for tests.", coingeckoId, new BigDecimal(price), rank,
				new BigDecimal("1000000"), new BigDecimal("2000000"), null, active);
	}

}
