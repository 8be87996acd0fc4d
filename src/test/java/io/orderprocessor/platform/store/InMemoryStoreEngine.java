package io.orderprocessor.platform.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A store engine in memory for fast tests: one sorted map under one lock, with the
 * meaning the port defines and nothing more. Conditions are {@link Condition#holdsFor},
 * updates {@link Changes#applyTo}, query ranges {@link Query#matches}; items whose
 * {@code expires_at} has passed (by the given clock) are absent for reads, queries and
 * conditions. Pages follow the ordering read (sort key, then table key), newest first
 * when asked, and end with a cursor when more items match.
 */
public class InMemoryStoreEngine implements StoreEngine {

	private final TreeMap<Key, Item> items = new TreeMap<>();

	private final Clock clock;

	public InMemoryStoreEngine() {
		this(Clock.systemUTC());
	}

	public InMemoryStoreEngine(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String name() {
		return "memory";
	}

	@Override
	public synchronized Optional<Item> get(Key key) {
		return Optional.ofNullable(live(key));
	}

	@Override
	public synchronized List<Item> getAll(Collection<Key> keys) {
		List<Item> found = new ArrayList<>();
		for (Key key : new LinkedHashSet<>(keys)) {
			Item item = live(key);
			if (item != null) {
				found.add(item);
			}
		}
		return found;
	}

	@Override
	public synchronized Page query(Query query) {
		List<Item> matching = matching(query);
		Cursor after = query.cursor();
		if (after != null) {
			matching.removeIf(item -> {
				int position = compare(query.index(), item, after);
				return query.descending() ? position >= 0 : position <= 0;
			});
		}
		if (matching.size() <= query.limit()) {
			return new Page(matching, null);
		}
		List<Item> page = matching.subList(0, query.limit());
		return new Page(page, Cursor.of(query.index(), page.get(page.size() - 1)).encode());
	}

	@Override
	public synchronized long count(Query query) {
		return matching(query).size();
	}

	@Override
	public synchronized void write(AtomicWrite write) {
		List<AtomicWrite.Operation> operations = write.operations();
		Set<String> failed = new HashSet<>();
		boolean onlyOptimistic = true;
		for (int i = 0; i < operations.size(); i++) {
			AtomicWrite.Operation operation = operations.get(i);
			if (operation.condition() != null && !operation.condition().holdsFor(live(operation.key()))) {
				failed.add(operation.label() == null ? "#" + i : operation.label());
				onlyOptimistic &= operation.optimistic();
			}
		}
		if (!failed.isEmpty()) {
			throw onlyOptimistic ? new OptimisticConflictException(failed) : new ConditionFailedException(failed);
		}
		for (AtomicWrite.Operation operation : operations) {
			Key key = operation.key();
			if (operation.kind() == AtomicWrite.Kind.PUT) {
				items.put(key, operation.item());
			}
			else if (operation.kind() == AtomicWrite.Kind.UPDATE) {
				items.put(key, operation.changes().applyTo(key, live(key)));
			}
			else if (operation.kind() == AtomicWrite.Kind.DELETE) {
				items.remove(key);
			}
		}
	}

	@Override
	public void scan(Filter filter, Consumer<Item> consumer) {
		List<Item> snapshot;
		synchronized (this) {
			snapshot = new ArrayList<>();
			for (Key key : items.keySet()) {
				Item item = live(key);
				if (item != null && (filter == null || filter.matches(item))) {
					snapshot.add(item);
				}
			}
		}
		snapshot.forEach(consumer);
	}

	@Override
	public void ping() {
	}

	/** Every stored item, expired ones included, by key (to look at in tests). */
	public synchronized Map<Key, Item> contents() {
		return Map.copyOf(items);
	}

	/** The item at the key, or null when there is none or it has expired. */
	private Item live(Key key) {
		Item item = items.get(key);
		return item == null || item.expiredAt(clock.instant().getEpochSecond()) ? null : item;
	}

	private List<Item> matching(Query query) {
		Comparator<Item> order = Comparator.comparing((Item item) -> item.str(query.index().sortAttribute()))
			.thenComparing(Item::key);
		List<Item> matching = new ArrayList<>();
		for (Key key : items.keySet()) {
			Item item = live(key);
			if (item != null && query.matches(item)) {
				matching.add(item);
			}
		}
		matching.sort(query.descending() ? order.reversed() : order);
		return matching;
	}

	/** Where the item stands against the cursor in ascending order of the index. */
	private static int compare(Index index, Item item, Cursor cursor) {
		int bySortKey = item.str(index.sortAttribute()).compareTo(cursor.sortKey());
		return bySortKey != 0 ? bySortKey : item.key().compareTo(cursor.key());
	}

}
