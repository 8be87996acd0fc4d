package io.orderprocessor.platform.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What an engine adapter (PostgreSQL, DynamoDB) provides; modules use {@link Store},
 * which adds retries and call metrics once for every engine. Reads are strongly
 * consistent on the table; expired items are never returned and count as absent in
 * conditions.
 */
public interface StoreEngine {

	/**
	 * A short name for logs, metrics and health: {@code postgresql}, {@code dynamodb}.
	 */
	String name();

	Optional<Item> get(Key key);

	/** The items that exist among {@code keys}, in no particular order. */
	List<Item> getAll(Collection<Key> keys);

	/**
	 * One page of at most {@code query.limit()} matching items, with a cursor if more may
	 * follow.
	 */
	Page query(Query query);

	/** How many items match {@code query} (its limit and cursor ignored). */
	long count(Query query);

	/**
	 * Writes all operations atomically, or none.
	 * @throws OptimisticConflictException when only versioned writes failed their check
	 * @throws ConditionFailedException when any other condition failed
	 * @throws WriteCollisionException when a concurrent write got in the way (retry)
	 */
	void write(AtomicWrite write);

	/**
	 * Every live item that the filter matches (null: all), for admin exports and one-off
	 * maintenance only: never on a request's path.
	 */
	void scan(Filter filter, Consumer<Item> consumer);

	/** Throws when the engine cannot be reached. */
	void ping();

}
