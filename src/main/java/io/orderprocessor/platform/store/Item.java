package io.orderprocessor.platform.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One stored item: its key ({@code PK}, {@code SK}) and named attributes. A value is a
 * {@link String}, an exact {@link BigDecimal} (whole numbers too: never a double), a
 * {@link Boolean}, or a map of strings. Immutable.
 */
public final class Item {

	private final Map<String, Object> attributes;

	private Item(Map<String, Object> attributes) {
		this.attributes = Collections.unmodifiableMap(attributes);
	}

	public static Builder at(String pk, String sk) {
		return new Builder().set(Attributes.PK, pk).set(Attributes.SK, sk);
	}

	public static Builder at(Key key) {
		return at(key.pk(), key.sk());
	}

	/** An item of attributes read back from an engine. */
	public static Item of(Map<String, ?> attributes) {
		Builder builder = new Builder();
		attributes.forEach(builder::set);
		return builder.build();
	}

	public Key key() {
		return new Key(str(Attributes.PK), str(Attributes.SK));
	}

	public Map<String, Object> attributes() {
		return attributes;
	}

	public boolean has(String name) {
		return attributes.containsKey(name);
	}

	public Object get(String name) {
		return attributes.get(name);
	}

	public String str(String name) {
		Object value = attributes.get(name);
		return value == null ? null : value.toString();
	}

	/** The number, exactly as stored, or null. */
	public BigDecimal decimal(String name) {
		Object value = attributes.get(name);
		return value instanceof BigDecimal number ? number : null;
	}

	public long longValue(String name, long missing) {
		BigDecimal value = decimal(name);
		return value == null ? missing : value.longValueExact();
	}

	public boolean bool(String name) {
		return Boolean.TRUE.equals(attributes.get(name));
	}

	public Instant instant(String name) {
		String value = str(name);
		return value == null ? null : Instant.parse(value);
	}

	@SuppressWarnings("unchecked")
	public Map<String, String> map(String name) {
		Object value = attributes.get(name);
		return value instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
	}

	public long version() {
		return longValue(Attributes.VERSION, 0);
	}

	/** Whether the item has expired by {@code epochSecond}. */
	public boolean expiredAt(long epochSecond) {
		BigDecimal expiresAt = decimal(Attributes.EXPIRES_AT);
		return expiresAt != null && expiresAt.longValue() <= epochSecond;
	}

	public Builder toBuilder() {
		Builder builder = new Builder();
		builder.attributes.putAll(attributes);
		return builder;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Item item && attributes.equals(item.attributes);
	}

	@Override
	public int hashCode() {
		return attributes.hashCode();
	}

	@Override
	public String toString() {
		return "Item" + attributes;
	}

	/** Normalises a value to one of the stored types. */
	static Object value(String name, Object value) {
		Objects.requireNonNull(value, name);
		if (value instanceof String || value instanceof BigDecimal || value instanceof Boolean) {
			return value;
		}
		if (value instanceof Integer || value instanceof Long || value instanceof Short) {
			return BigDecimal.valueOf(((Number) value).longValue());
		}
		if (value instanceof Instant instant) {
			return instant.toString();
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, String> strings = new LinkedHashMap<>();
			map.forEach((k, v) -> {
				if (v != null) {
					strings.put(k.toString(), v.toString());
				}
			});
			return Collections.unmodifiableMap(strings);
		}
		throw new IllegalArgumentException("Attribute " + name + " cannot hold a " + value.getClass().getName()
				+ " (strings, exact numbers, booleans and maps of strings only)");
	}

	public static final class Builder {

		private final Map<String, Object> attributes = new LinkedHashMap<>();

		private Builder() {
		}

		/**
		 * Sets an attribute; a null value leaves it out. Longs and ints become exact
		 * numbers, instants and enums strings.
		 */
		public Builder set(String name, Object value) {
			if (value == null) {
				attributes.remove(name);
			}
			else {
				attributes.put(name, value(name, value));
			}
			return this;
		}

		public Builder remove(String name) {
			attributes.remove(name);
			return this;
		}

		public Item build() {
			if (!(attributes.get(Attributes.PK) instanceof String)
					|| !(attributes.get(Attributes.SK) instanceof String)) {
				throw new IllegalArgumentException("An item needs string PK and SK attributes: " + attributes);
			}
			return new Item(new LinkedHashMap<>(attributes));
		}

	}

}
