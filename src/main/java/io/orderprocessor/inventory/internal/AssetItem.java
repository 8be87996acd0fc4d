package io.orderprocessor.inventory.internal;

import java.math.BigDecimal;
import java.time.Instant;

import io.orderprocessor.inventory.Asset;
import io.orderprocessor.platform.store.Attributes;
import io.orderprocessor.platform.store.Item;
import io.orderprocessor.platform.store.Key;

/**
 * An asset as a stored item: {@code PK = ASSET}, {@code SK = ASSET#<symbol>}, decimals as
 * exact numbers.
 */
final class AssetItem {

	static final String PARTITION = "ASSET";

	static final String SORT_PREFIX = "ASSET#";

	private AssetItem() {
	}

	static Key key(String symbol) {
		return Key.of(PARTITION, SORT_PREFIX + symbol);
	}

	static Item toItem(Asset asset, Instant now) {
		return Item.at(key(asset.symbol()))
			.set("symbol", asset.symbol())
			.set("name", asset.name())
			.set("category", asset.category())
			.set("description", asset.description())
			.set("coingecko_id", asset.coingeckoId())
			.set("reference_price", asset.referencePrice())
			.set("market_cap_rank", asset.marketCapRank())
			.set("circulating_supply", asset.circulatingSupply())
			.set("total_supply", asset.totalSupply())
			.set("max_supply", asset.maxSupply())
			.set("active", asset.active())
			.set("created_at", now)
			.set(Attributes.VERSION, 1)
			.build();
	}

	static Asset fromItem(Item item) {
		return new Asset(item.str("symbol"), item.str("name"), item.str("category"), item.str("description"),
				item.str("coingecko_id"), decimal(item, "reference_price"), (int) item.longValue("market_cap_rank", 0),
				decimal(item, "circulating_supply"), decimal(item, "total_supply"), decimal(item, "max_supply"),
				item.bool("active"));
	}

	/**
	 * The number without trailing zeros (as DynamoDB gives numbers back, and as the
	 * catalogue has always been read), so both engines show the same figures.
	 */
	private static BigDecimal decimal(Item item, String name) {
		BigDecimal value = item.decimal(name);
		if (value == null) {
			return null;
		}
		BigDecimal plain = value.stripTrailingZeros();
		return plain.scale() < 0 ? plain.setScale(0) : plain;
	}

}
