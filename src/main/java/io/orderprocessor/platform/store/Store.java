package io.orderprocessor.platform.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The one store of the modules' business data, whatever the engine: keyed items, ordered
 * range reads with opaque cursors, two secondary orderings, batch reads, expiry, and one
 * atomic conditional write per operation. Writes that collide with concurrent writes are
 * sent again, and read-then-write operations that lose a race are run again
 * ({@link #retrying}), a bounded number of times with jitter, before a
 * {@link ConcurrentUpdateException} (HTTP 409, never 5xx). Every call is counted in the
 * {@code store.calls} timer (tags {@code operation}, {@code outcome}).
 */
public class Store {

	private final StoreEngine engine;

	private final int maxAttempts;

	private final MeterRegistry meters;

	public Store(StoreEngine engine, int maxAttempts, MeterRegistry meters) {
		this.engine = engine;
		this.maxAttempts = Math.max(1, maxAttempts);
		this.meters = meters;
	}

	public String engineName() {
		return engine.name();
	}

	public Optional<Item> get(Key key) {
		return timed("get", () -> engine.get(key));
	}

	public Optional<Item> get(String pk, String sk) {
		return get(new Key(pk, sk));
	}

	/**
	 * The items that exist among {@code keys} (no order), in as few calls as the engine
	 * allows.
	 */
	public List<Item> getAll(Collection<Key> keys) {
		return keys.isEmpty() ? List.of() : timed("batch_get", () -> engine.getAll(keys));
	}

	/** One page of the query. */
	public Page query(Query query) {
		return timed("query", () -> engine.query(query));
	}

	/**
	 * Every item of the query, page after page (at most its limit, when it has one: an
	 * engine may return short pages).
	 */
	public List<Item> queryAll(Query query) {
		List<Item> items = new ArrayList<>();
		Page page = query(query);
		items.addAll(page.items());
		while (page.hasMore() && items.size() < query.limit()) {
			page = query(query.after(page.cursor()));
			items.addAll(page.items());
		}
		return items.size() > query.limit() ? List.copyOf(items.subList(0, query.limit())) : items;
	}

	public long count(Query query) {
		return timed("count", () -> engine.count(query));
	}

	public void scan(Filter filter, Consumer<Item> consumer) {
		timed("scan", () -> {
			engine.scan(filter, consumer);
			return null;
		});
	}

	/** Throws when the engine cannot be reached. */
	public void ping() {
		timed("ping", () -> {
			engine.ping();
			return null;
		});
	}

	/**
	 * Writes all operations atomically.
	 * @throws OptimisticConflictException when only versioned writes failed their check
	 * @throws ConditionFailedException when any other condition failed
	 * @throws ConcurrentUpdateException when concurrent writes kept colliding
	 */
	public void write(AtomicWrite write) {
		if (write.isEmpty()) {
			return;
		}
		for (int attempt = 1;; attempt++) {
			try {
				timed("write", () -> {
					engine.write(write);
					return null;
				});
				return;
			}
			catch (WriteCollisionException ex) {
				if (attempt >= maxAttempts) {
					throw new ConcurrentUpdateException(attempt, ex);
				}
				backOff(attempt);
			}
		}
	}

	/**
	 * Runs {@code readAndWrite} (which reads what it needs and writes with versioned
	 * conditions) again whenever a concurrent write got in between, a bounded number of
	 * times.
	 */
	public <T> T retrying(Supplier<T> readAndWrite) {
		for (int attempt = 1;; attempt++) {
			try {
				return readAndWrite.get();
			}
			catch (OptimisticConflictException ex) {
				if (attempt >= maxAttempts) {
					throw new ConcurrentUpdateException(attempt, ex);
				}
				backOff(attempt);
			}
		}
	}

	private <T> T timed(String operation, Supplier<T> call) {
		Timer.Sample sample = Timer.start(meters);
		String outcome = "success";
		try {
			return call.get();
		}
		catch (ConditionFailedException ex) {
			outcome = "condition_failed";
			throw ex;
		}
		catch (RuntimeException ex) {
			outcome = "error";
			throw ex;
		}
		finally {
			sample.stop(Timer.builder("store.calls")
				.description("Calls of the store, by operation and outcome")
				.tag("engine", engine.name())
				.tag("operation", operation)
				.tag("outcome", outcome)
				.register(meters));
		}
	}

	/**
	 * Full jitter, capped low: under contention one writer wins each round, so rounds
	 * must be short.
	 */
	private static void backOff(int attempt) {
		long ceilingMillis = Math.min(50, 2L << Math.min(attempt, 5));
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(1, ceilingMillis + 1));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ConcurrentUpdateException(attempt, ex);
		}
	}

}
