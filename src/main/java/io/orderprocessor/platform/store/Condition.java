package io.orderprocessor.platform.store;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A typed condition on the item a write replaces, updates, deletes or checks. Every
 * engine gives each one the same meaning, defined by {@link #holdsFor(Item)}: an expired
 * item counts as absent, and a missing number counts as zero where it says so.
 */
public sealed interface Condition {

	/** The item exists. */
	static Condition exists() {
		return new Exists();
	}

	/** No item with this key exists. */
	static Condition notExists() {
		return new NotExists();
	}

	/**
	 * The item is at {@code version}; version 0 also matches an item that does not exist
	 * yet (the first write of a versioned item).
	 */
	static Condition versionIs(long version) {
		return new VersionIs(version);
	}

	/** The item exists and its attribute equals the value. */
	static Condition equalTo(String attribute, Object value) {
		return new EqualTo(attribute, Item.value(attribute, value));
	}

	/** The item's number is at least {@code minimum} (e.g. available >= cost). */
	static Condition atLeast(String attribute, BigDecimal minimum) {
		return new AtLeast(attribute, minimum);
	}

	/**
	 * The item's counter (0 when the item or the attribute is missing) plus
	 * {@code amount} stays at or below {@code limit} (e.g. today's deposits + amount <=
	 * the daily limit).
	 */
	static Condition sumAtMost(String attribute, BigDecimal amount, BigDecimal limit) {
		return new SumAtMost(attribute, amount, limit);
	}

	static Condition allOf(Condition... conditions) {
		return new AllOf(List.of(conditions));
	}

	static Condition anyOf(Condition... conditions) {
		return new AnyOf(List.of(conditions));
	}

	/**
	 * Whether the condition holds for {@code current}, the live item (null when absent or
	 * expired).
	 */
	boolean holdsFor(Item current);

	record Exists() implements Condition {

		@Override
		public boolean holdsFor(Item current) {
			return current != null;
		}

	}

	record NotExists() implements Condition {

		@Override
		public boolean holdsFor(Item current) {
			return current == null;
		}

	}

	record VersionIs(long version) implements Condition {

		@Override
		public boolean holdsFor(Item current) {
			return current == null ? version == 0 : current.version() == version;
		}

	}

	record EqualTo(String attribute, Object value) implements Condition {

		public EqualTo {
			Objects.requireNonNull(attribute);
			Objects.requireNonNull(value);
		}

		@Override
		public boolean holdsFor(Item current) {
			if (current == null) {
				return false;
			}
			Object actual = current.get(attribute);
			return value instanceof BigDecimal number && actual instanceof BigDecimal stored
					? number.compareTo(stored) == 0 : value.equals(actual);
		}

	}

	record AtLeast(String attribute, BigDecimal minimum) implements Condition {

		@Override
		public boolean holdsFor(Item current) {
			BigDecimal actual = current == null ? null : current.decimal(attribute);
			return actual != null && actual.compareTo(minimum) >= 0;
		}

	}

	record SumAtMost(String attribute, BigDecimal amount, BigDecimal limit) implements Condition {

		@Override
		public boolean holdsFor(Item current) {
			BigDecimal actual = current == null ? null : current.decimal(attribute);
			return (actual == null ? BigDecimal.ZERO : actual).add(amount).compareTo(limit) <= 0;
		}

	}

	record AllOf(List<Condition> conditions) implements Condition {

		@Override
		public boolean holdsFor(Item current) {
			return conditions.stream().allMatch(c -> c.holdsFor(current));
		}

	}

	record AnyOf(List<Condition> conditions) implements Condition {

		@Override
		public boolean holdsFor(Item current) {
			return conditions.stream().anyMatch(c -> c.holdsFor(current));
		}

	}

}
