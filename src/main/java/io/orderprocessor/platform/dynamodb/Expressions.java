package io.orderprocessor.platform.dynamodb;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.orderprocessor.platform.store.Attributes;
import io.orderprocessor.platform.store.Changes;
import io.orderprocessor.platform.store.Condition;
import io.orderprocessor.platform.store.Filter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The placeholders of one request's expressions: every attribute name becomes
 * {@code #n<i>} (so reserved words such as {@code status} just work) and every value
 * {@code :v<i>}. Expired items count as absent: conditions and filters compare
 * {@code expires_at} with {@code :now}.
 */
final class Expressions {

	private final long now;

	private final Map<String, String> names = new LinkedHashMap<>();

	private final Map<String, String> placeholders = new LinkedHashMap<>();

	private final Map<String, AttributeValue> values = new LinkedHashMap<>();

	private String nowPlaceholder;

	Expressions(long nowEpochSecond) {
		this.now = nowEpochSecond;
	}

	/** The placeholder of an attribute name, the same one for every use. */
	String name(String attribute) {
		return placeholders.computeIfAbsent(attribute, a -> {
			String placeholder = "#n" + names.size();
			names.put(placeholder, a);
			return placeholder;
		});
	}

	/** A new placeholder for a value. */
	String value(AttributeValue value) {
		String placeholder = ":v" + values.size();
		values.put(placeholder, value);
		return placeholder;
	}

	String value(Object value) {
		return value(AttributeValues.toValue(value));
	}

	private String now() {
		if (nowPlaceholder == null) {
			nowPlaceholder = value(AttributeValue.fromN(Long.toString(now)));
		}
		return nowPlaceholder;
	}

	/** Null when no name was used (the SDK rejects empty maps). */
	Map<String, String> names() {
		return names.isEmpty() ? null : Map.copyOf(names);
	}

	Map<String, AttributeValue> values() {
		return values.isEmpty() ? null : Map.copyOf(values);
	}

	/** True for a live item (no expiry, or one still to come). */
	String live() {
		String expires = name(Attributes.EXPIRES_AT);
		return "(attribute_not_exists(" + expires + ") OR " + expires + " > " + now() + ")";
	}

	/** True when no live item is there: absent or expired. */
	private String absent() {
		return "attribute_not_exists(" + name(Attributes.PK) + ") OR " + name(Attributes.EXPIRES_AT) + " <= " + now();
	}

	String condition(Condition condition) {
		if (condition instanceof Condition.NotExists) {
			return "(" + absent() + ")";
		}
		if (condition instanceof Condition.Exists) {
			return "(attribute_exists(" + name(Attributes.PK) + ") AND " + live() + ")";
		}
		if (condition instanceof Condition.VersionIs versionIs) {
			String version = name(Attributes.VERSION);
			String expected = value(BigDecimal.valueOf(versionIs.version()));
			if (versionIs.version() == 0) {
				// a missing version (or item) counts as 0, and so does an expired item
				return "(attribute_not_exists(" + version + ") OR " + version + " = " + expected + " OR "
						+ name(Attributes.EXPIRES_AT) + " <= " + now() + ")";
			}
			return "(" + version + " = " + expected + " AND " + live() + ")";
		}
		if (condition instanceof Condition.EqualTo equalTo) {
			return "(" + name(equalTo.attribute()) + " = " + value(equalTo.value()) + " AND " + live() + ")";
		}
		if (condition instanceof Condition.AtLeast atLeast) {
			return "(" + name(atLeast.attribute()) + " >= " + value(atLeast.minimum()) + " AND " + live() + ")";
		}
		if (condition instanceof Condition.SumAtMost sum) {
			BigDecimal headroom = sum.limit().subtract(sum.amount());
			if (headroom.signum() < 0) {
				return never();
			}
			String attribute = name(sum.attribute());
			return "(attribute_not_exists(" + attribute + ") OR " + attribute + " <= " + value(headroom) + " OR "
					+ name(Attributes.EXPIRES_AT) + " <= " + now() + ")";
		}
		if (condition instanceof Condition.AllOf allOf) {
			return join(allOf.conditions().stream().map(this::condition).toList(), " AND ", always());
		}
		if (condition instanceof Condition.AnyOf anyOf) {
			return join(anyOf.conditions().stream().map(this::condition).toList(), " OR ", never());
		}
		throw new IllegalArgumentException("Unknown condition " + condition);
	}

	String filter(Filter filter) {
		if (filter instanceof Filter.EqualTo equalTo) {
			return "(" + name(equalTo.attribute()) + " = " + value(equalTo.value()) + ")";
		}
		if (filter instanceof Filter.Contains contains) {
			return "contains(" + name(contains.attribute()) + ", " + value(contains.part()) + ")";
		}
		if (filter instanceof Filter.AnyOf anyOf) {
			return join(anyOf.filters().stream().map(this::filter).toList(), " OR ", never());
		}
		throw new IllegalArgumentException("Unknown filter " + filter);
	}

	/**
	 * An update expression; null for no changes. For each attribute the last change
	 * counts, as in {@link Changes#applyTo} (each is computed from the item before).
	 */
	String update(Changes changes) {
		Map<String, Changes.Change> byAttribute = new LinkedHashMap<>();
		for (Changes.Change change : changes.list()) {
			if (Attributes.PK.equals(change.attribute()) || Attributes.SK.equals(change.attribute())) {
				throw new IllegalArgumentException("An update cannot change the key attribute " + change.attribute());
			}
			byAttribute.remove(change.attribute());
			byAttribute.put(change.attribute(), change);
		}
		StringBuilder set = new StringBuilder();
		StringBuilder remove = new StringBuilder();
		for (Changes.Change change : byAttribute.values()) {
			String attribute = name(change.attribute());
			if (change instanceof Changes.Remove) {
				remove.append(remove.isEmpty() ? "REMOVE " : ", ").append(attribute);
				continue;
			}
			set.append(set.isEmpty() ? "SET " : ", ").append(attribute).append(" = ");
			if (change instanceof Changes.Set plain) {
				set.append(value(plain.value()));
			}
			else if (change instanceof Changes.SetIfAbsent ifAbsent) {
				set.append("if_not_exists(").append(attribute).append(", ").append(value(ifAbsent.value())).append(')');
			}
			else if (change instanceof Changes.Add add) {
				set.append("if_not_exists(")
					.append(attribute)
					.append(", ")
					.append(value(BigDecimal.ZERO))
					.append(") + ")
					.append(value(add.amount()));
			}
		}
		String expression = (set + " " + remove).trim();
		return expression.isEmpty() ? null : expression;
	}

	// on expires_at, not a key attribute: filter expressions may not name keys
	private String always() {
		String expires = name(Attributes.EXPIRES_AT);
		return "(attribute_exists(" + expires + ") OR attribute_not_exists(" + expires + "))";
	}

	private String never() {
		String expires = name(Attributes.EXPIRES_AT);
		return "(attribute_exists(" + expires + ") AND attribute_not_exists(" + expires + "))";
	}

	private static String join(List<String> parts, String operator, String empty) {
		return parts.isEmpty() ? empty : "(" + String.join(operator, parts) + ")";
	}

}
