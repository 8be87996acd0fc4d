package io.orderprocessor.platform.postgres;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import io.orderprocessor.platform.store.Attributes;
import io.orderprocessor.platform.store.Item;
import io.orderprocessor.platform.store.Key;

/**
 * An item's attributes (all but its key) as the JSON of the {@code attrs} column: numbers
 * are written plain and read back as exact decimals, so money keeps every digit and its
 * scale ({@code jsonb} keeps numbers as {@code numeric}).
 */
final class ItemJson {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.build();

	private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
	};

	private ItemJson() {
	}

	static String write(Item item) {
		Map<String, Object> attributes = new LinkedHashMap<>(item.attributes());
		attributes.remove(Attributes.PK);
		attributes.remove(Attributes.SK);
		return JSON.writeValueAsString(attributes);
	}

	static String value(Object value) {
		return JSON.writeValueAsString(value);
	}

	static Item read(String pk, String sk, String json) {
		Map<String, Object> attributes = JSON.readValue(json, MAP);
		Item.Builder item = Item.at(new Key(pk, sk));
		attributes.forEach((name, value) -> item.set(name, exact(value)));
		return item.build();
	}

	private static Object exact(Object value) {
		if (value instanceof BigInteger whole) {
			return new BigDecimal(whole);
		}
		if (value instanceof Integer || value instanceof Long) {
			return BigDecimal.valueOf(((Number) value).longValue());
		}
		return value;
	}

}
