package io.orderprocessor.platform.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The writes of one atomic write of the store: all happen or none does (one SQL
 * transaction on PostgreSQL, one {@code TransactWriteItems} on DynamoDB, or a single
 * conditional write when it holds one item). Each conditional write carries a label; when
 * conditions fail, {@link Store#write} reports the labels that failed so the caller can
 * name what went wrong (for example {@code "cash"} becomes "Insufficient balance"). At
 * most one write per key.
 */
public final class AtomicWrite {

	public enum Kind {

		PUT, UPDATE, DELETE, CHECK

	}

	/**
	 * One write: {@code item} for a put, {@code changes} for an update; {@code condition}
	 * may be null. {@code optimistic} marks a versioned write, whose failure means a
	 * concurrent change (read again and retry) rather than a broken rule.
	 */
	public record Operation(Kind kind, String label, Key key, Item item, Changes changes, Condition condition,
			boolean optimistic) {
	}

	private final List<Operation> operations = new ArrayList<>();

	private final Set<Key> keys = new HashSet<>();

	public static AtomicWrite create() {
		return new AtomicWrite();
	}

	/** Writes the item whatever is there. */
	public AtomicWrite put(Item item) {
		return add(new Operation(Kind.PUT, null, item.key(), item, null, null, false));
	}

	/** Writes the item only if no (live) item with its key exists. */
	public AtomicWrite putIfAbsent(String label, Item item) {
		return put(label, item, Condition.notExists());
	}

	/** Writes the item only if {@code condition} holds for the item it replaces. */
	public AtomicWrite put(String label, Item item, Condition condition) {
		return add(new Operation(Kind.PUT, label, item.key(), item, null, condition, false));
	}

	/** Updates (or creates) an item; {@code condition} may be null. */
	public AtomicWrite update(String label, Key key, Changes changes, Condition condition) {
		return add(new Operation(Kind.UPDATE, label, key, null, changes, condition, false));
	}

	/**
	 * Updates an item that was read at {@code expectedVersion} (0: not there yet) and
	 * bumps its version. If someone else changed it since, the write fails as an
	 * optimistic conflict, which {@link Store#retrying} answers by reading again.
	 */
	public AtomicWrite updateVersioned(String label, Key key, Changes changes, long expectedVersion) {
		changes.and(Attributes.VERSION, expectedVersion + 1);
		return add(new Operation(Kind.UPDATE, label, key, null, changes, Condition.versionIs(expectedVersion), true));
	}

	/** Deletes an item; {@code condition} may be null. */
	public AtomicWrite delete(String label, Key key, Condition condition) {
		return add(new Operation(Kind.DELETE, label, key, null, null, condition, false));
	}

	/** Requires {@code condition} of another item without changing it. */
	public AtomicWrite check(String label, Key key, Condition condition) {
		return add(new Operation(Kind.CHECK, label, key, null, null, condition, false));
	}

	public List<Operation> operations() {
		return List.copyOf(operations);
	}

	public int size() {
		return operations.size();
	}

	public boolean isEmpty() {
		return operations.isEmpty();
	}

	private AtomicWrite add(Operation operation) {
		if (!keys.add(operation.key())) {
			throw new IllegalArgumentException("One atomic write touches " + operation.key() + " twice");
		}
		operations.add(operation);
		return this;
	}

}
