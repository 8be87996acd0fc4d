package io.orderprocessor.platform.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What an update does to an item's attributes. An update of an item that does not exist
 * creates it from its key and these changes (as DynamoDB's {@code UpdateItem} does).
 */
public final class Changes {

	private final List<Change> changes = new ArrayList<>();

	private Changes() {
	}

	public static Changes none() {
		return new Changes();
	}

	public static Changes set(String attribute, Object value) {
		return new Changes().and(attribute, value);
	}

	/** Also sets {@code attribute} (a null value removes it). */
	public Changes and(String attribute, Object value) {
		changes.add(value == null ? new Remove(attribute) : new Set(attribute, Item.value(attribute, value)));
		return this;
	}

	/** Sets {@code attribute} only where the item has none yet. */
	public Changes andIfAbsent(String attribute, Object value) {
		changes.add(new SetIfAbsent(attribute, Item.value(attribute, value)));
		return this;
	}

	/** Adds {@code amount} to a number (a missing number counts as 0). */
	public Changes andAdd(String attribute, BigDecimal amount) {
		changes.add(new Add(attribute, amount));
		return this;
	}

	public List<Change> list() {
		return List.copyOf(changes);
	}

	/** The item after these changes, from {@code current} (null: a new item at key). */
	public Item applyTo(Key key, Item current) {
		Item.Builder item = current == null ? Item.at(key) : current.toBuilder();
		Item before = current == null ? item.build() : current;
		for (Change change : changes) {
			if (change instanceof Set set) {
				item.set(set.attribute(), set.value());
			}
			else if (change instanceof SetIfAbsent set) {
				if (!before.has(set.attribute())) {
					item.set(set.attribute(), set.value());
				}
			}
			else if (change instanceof Add add) {
				BigDecimal now = before.decimal(add.attribute());
				item.set(add.attribute(), (now == null ? BigDecimal.ZERO : now).add(add.amount()));
			}
			else {
				item.remove(change.attribute());
			}
		}
		return item.build();
	}

	public sealed interface Change {

		String attribute();

	}

	public record Set(String attribute, Object value) implements Change {
	}

	public record SetIfAbsent(String attribute, Object value) implements Change {
	}

	public record Add(String attribute, BigDecimal amount) implements Change {
	}

	public record Remove(String attribute) implements Change {
	}

}
