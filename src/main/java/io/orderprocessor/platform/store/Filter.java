package io.orderprocessor.platform.store;

import java.util.List;

/**
 * Which items of a query's range to return (the range itself is read by key; a filter
 * only drops items from it, as a DynamoDB filter expression does).
 */
public sealed interface Filter {

	static Filter equalTo(String attribute, Object value) {
		return new EqualTo(attribute, Item.value(attribute, value));
	}

	/** The string attribute contains {@code part}. */
	static Filter contains(String attribute, String part) {
		return new Contains(attribute, part);
	}

	static Filter anyOf(Filter... filters) {
		return new AnyOf(List.of(filters));
	}

	boolean matches(Item item);

	record EqualTo(String attribute, Object value) implements Filter {

		@Override
		public boolean matches(Item item) {
			return new Condition.EqualTo(attribute, value).holdsFor(item);
		}

	}

	record Contains(String attribute, String part) implements Filter {

		@Override
		public boolean matches(Item item) {
			String value = item.str(attribute);
			return value != null && value.contains(part);
		}

	}

	record AnyOf(List<Filter> filters) implements Filter {

		@Override
		public boolean matches(Item item) {
			return filters.stream().anyMatch(f -> f.matches(item));
		}

	}

}
