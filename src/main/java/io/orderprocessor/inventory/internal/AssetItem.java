package io.orderprocessor.inventory.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import io.orderprocessor.inventory.Asset;
import io.orderprocessor.platform.dynamodb.Keys;

/**
 * An asset as a DynamoDB item: {@code PK = ASSET}, {@code SK = ASSET#<symbol>}, decimals
 * as DynamoDB numbers (exact decimal strings on the wire).
 */
final class AssetItem {

	static final String PARTITION = "ASSET";

	static final String SORT_PREFIX = "ASSET#";

	private AssetItem() {
	}

	static Map<String, AttributeValue> toItem(Asset asset, Instant now) {
		Map<String, AttributeValue> item = new HashMap<>();
		item.put(Keys.PK, AttributeValue.fromS(PARTITION));
		item.put(Keys.SK, AttributeValue.fromS(SORT_PREFIX + asset.symbol()));
		item.put("symbol", AttributeValue.fromS(asset.symbol()));
		item.put("name", AttributeValue.fromS(asset.name()));
		item.put("category", AttributeValue.fromS(asset.category()));
		item.put("description", AttributeValue.fromS(asset.description()));
		item.put("coingecko_id", AttributeValue.fromS(asset.coingeckoId()));
		item.put("reference_price", number(asset.referencePrice()));
		item.put("market_cap_rank", AttributeValue.fromN(Integer.toString(asset.marketCapRank())));
		item.put("circulating_supply", number(asset.circulatingSupply()));
		item.put("total_supply", number(asset.totalSupply()));
		if (asset.maxSupply() != null) {
			item.put("max_supply", number(asset.maxSupply()));
		}
		item.put("active", AttributeValue.fromBool(asset.active()));
		item.put("created_at", AttributeValue.fromS(now.toString()));
		item.put(Keys.VERSION, AttributeValue.fromN("1"));
		return item;
	}

	static Asset fromItem(Map<String, AttributeValue> item) {
		return new Asset(item.get("symbol").s(), item.get("name").s(), item.get("category").s(),
				item.get("description").s(), text(item, "coingecko_id"), decimal(item, "reference_price"),
				Integer.parseInt(item.get("market_cap_rank").n()), decimal(item, "circulating_supply"),
				decimal(item, "total_supply"), decimal(item, "max_supply"),
				item.containsKey("active") && Boolean.TRUE.equals(item.get("active").bool()));
	}

	private static AttributeValue number(BigDecimal value) {
		return AttributeValue.fromN(value.toPlainString());
	}

	private static BigDecimal decimal(Map<String, AttributeValue> item, String name) {
		AttributeValue value = item.get(name);
		return value == null || value.n() == null ? null : new BigDecimal(value.n());
	}

	private static String text(Map<String, AttributeValue> item, String name) {
		AttributeValue value = item.get(name);
		return value == null ? null : value.s();
	}

}
