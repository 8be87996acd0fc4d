package io.orderprocessor.platform.dynamodb;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import io.orderprocessor.platform.store.Item;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The store's values as DynamoDB attribute values and back: strings as {@code S}, exact
 * numbers as {@code N} (plain digits, read back exactly), booleans as {@code BOOL}, maps
 * of strings as {@code M} of {@code S}.
 */
final class AttributeValues {

	private AttributeValues() {
	}

	static Map<String, AttributeValue> toAttributes(Item item) {
		Map<String, AttributeValue> attributes = new LinkedHashMap<>();
		item.attributes().forEach((name, value) -> attributes.put(name, toValue(value)));
		return attributes;
	}

	static AttributeValue toValue(Object value) {
		if (value instanceof String string) {
			return AttributeValue.fromS(string);
		}
		if (value instanceof BigDecimal number) {
			return AttributeValue.fromN(number.toPlainString());
		}
		if (value instanceof Boolean bool) {
			return AttributeValue.fromBool(bool);
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, AttributeValue> entries = new LinkedHashMap<>();
			map.forEach((k, v) -> entries.put(k.toString(), AttributeValue.fromS(v.toString())));
			return AttributeValue.fromM(entries);
		}
		throw new IllegalArgumentException("No DynamoDB type for " + value.getClass().getName());
	}

	/** The item read back; null for an empty (missing) item. */
	static Item toItem(Map<String, AttributeValue> attributes) {
		if (attributes == null || attributes.isEmpty()) {
			return null;
		}
		Map<String, Object> values = new LinkedHashMap<>();
		attributes.forEach((name, value) -> {
			Object converted = fromValue(name, value);
			if (converted != null) {
				values.put(name, converted);
			}
		});
		return Item.of(values);
	}

	private static Object fromValue(String name, AttributeValue value) {
		if (value.s() != null) {
			return value.s();
		}
		if (value.n() != null) {
			return new BigDecimal(value.n());
		}
		if (value.bool() != null) {
			return value.bool();
		}
		if (value.hasM()) {
			Map<String, String> map = new LinkedHashMap<>();
			value.m().forEach((k, v) -> map.put(k, v.s() != null ? v.s() : v.n()));
			return map;
		}
		if (Boolean.TRUE.equals(value.nul())) {
			return null;
		}
		throw new IllegalStateException("Attribute " + name + " has a type the store does not use: " + value.type());
	}

}
