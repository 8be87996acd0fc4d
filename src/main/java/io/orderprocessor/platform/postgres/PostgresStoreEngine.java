package io.orderprocessor.platform.postgres;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

import io.orderprocessor.platform.store.AtomicWrite.Operation;
import io.orderprocessor.platform.store.AtomicWrite;
import io.orderprocessor.platform.store.Attributes;
import io.orderprocessor.platform.store.ConditionFailedException;
import io.orderprocessor.platform.store.Cursor;
import io.orderprocessor.platform.store.Filter;
import io.orderprocessor.platform.store.Index;
import io.orderprocessor.platform.store.Item;
import io.orderprocessor.platform.store.Key;
import io.orderprocessor.platform.store.OptimisticConflictException;
import io.orderprocessor.platform.store.Page;
import io.orderprocessor.platform.store.Query;
import io.orderprocessor.platform.store.StoreEngine;
import io.orderprocessor.platform.store.StoreUnavailableException;
import io.orderprocessor.platform.store.WriteCollisionException;

/**
 * The store on PostgreSQL: one keyed table ({@code V1__items.sql}), an atomic write is
 * one SQL transaction that locks the rows it touches in key order ({@code FOR UPDATE}),
 * checks every condition on the locked rows and then writes. A race that PostgreSQL
 * settles by refusing one side (two inserts of one key, a deadlock, a serialization
 * failure) is a {@link WriteCollisionException}, which the store answers by trying again.
 */
public class PostgresStoreEngine implements StoreEngine {

	private static final String COLUMNS = "pk, sk, attrs::text AS attrs";

	private static final RowMapper<Item> ITEM = (rs, row) -> ItemJson.read(rs.getString("pk"), rs.getString("sk"),
			rs.getString("attrs"));

	/** Rows per statement of a batch read. */
	private static final int BATCH = 500;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	public PostgresStoreEngine(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "postgresql";
	}

	@Override
	public Optional<Item> get(Key key) {
		return translated(() -> jdbc
			.query("SELECT " + COLUMNS + " FROM items WHERE pk = ? AND sk = ? AND " + live(), ITEM, key.pk(), key.sk(),
					now())
			.stream()
			.findFirst());
	}

	@Override
	public List<Item> getAll(Collection<Key> keys) {
		List<Key> distinct = List.copyOf(new LinkedHashSet<>(keys));
		List<Item> items = new ArrayList<>();
		for (int from = 0; from < distinct.size(); from += BATCH) {
			List<Key> chunk = distinct.subList(from, Math.min(distinct.size(), from + BATCH));
			List<Object> args = keyArguments(chunk);
			args.add(now());
			items.addAll(
					translated(
							() -> jdbc.query(
									"SELECT " + COLUMNS + " FROM items WHERE (pk, sk) IN ("
											+ keyPlaceholders(chunk.size()) + ") AND " + live(),
									ITEM, args.toArray())));
		}
		return items;
	}

	@Override
	public Page query(Query query) {
		Sql select = select(query);
		List<Item> found = translated(() -> jdbc.query(select.text(), ITEM, select.args().toArray()));
		if (query.limit() != Integer.MAX_VALUE && found.size() > query.limit()) {
			List<Item> page = found.subList(0, query.limit());
			return new Page(page, Cursor.of(query.index(), page.get(page.size() - 1)).encode());
		}
		return new Page(found, null);
	}

	/** The SELECT of one page: one more item than the limit tells whether more follow. */
	Sql select(Query query) {
		Sql where = where(query, true);
		String order = query.descending() ? " DESC" : " ASC";
		String orderBy = query.index() == Index.TABLE ? "sk" + order
				: sortColumn(query.index()) + order + ", pk" + order + ", sk" + order;
		String limit = query.limit() == Integer.MAX_VALUE ? "" : " LIMIT " + (query.limit() + 1);
		return new Sql("SELECT " + COLUMNS + " FROM items WHERE " + where.text() + " ORDER BY " + orderBy + limit,
				where.args());
	}

	/**
	 * PostgreSQL's plan of a statement, one line per element (for the query-plan tests).
	 */
	List<String> plan(Sql sql) {
		return jdbc.queryForList("EXPLAIN " + sql.text(), String.class, sql.args().toArray());
	}

	@Override
	public long count(Query query) {
		Sql count = countOf(query);
		Long found = translated(() -> jdbc.queryForObject(count.text(), Long.class, count.args().toArray()));
		return found == null ? 0 : found;
	}

	Sql countOf(Query query) {
		Sql where = where(query, false);
		return new Sql("SELECT count(*) FROM items WHERE " + where.text(), where.args());
	}

	/** The SELECT that reads and locks the rows of a write, in key order. */
	static Sql lockOf(List<Key> keys) {
		return new Sql("SELECT " + COLUMNS + " FROM items WHERE (pk, sk) IN (" + keyPlaceholders(keys.size())
				+ ") ORDER BY pk, sk FOR UPDATE", keyArguments(keys));
	}

	@Override
	public void scan(Filter filter, Consumer<Item> consumer) {
		translated(() -> {
			jdbc.query("SELECT " + COLUMNS + " FROM items WHERE " + live(), rs -> {
				Item item = ITEM.mapRow(rs, 0);
				if (filter == null || filter.matches(item)) {
					consumer.accept(item);
				}
			}, now());
			return null;
		});
	}

	@Override
	public void ping() {
		translated(() -> jdbc.queryForObject("SELECT 1", Integer.class));
	}

	@Override
	public void write(AtomicWrite write) {
		translated(() -> transactions.execute(status -> {
			apply(write.operations());
			return null;
		}));
	}

	private void apply(List<Operation> operations) {
		List<Operation> ordered = new ArrayList<>(operations);
		ordered.sort(Comparator.comparing(Operation::key));
		List<Key> keys = ordered.stream().map(Operation::key).toList();
		// lock every row the write touches, in key order so two writes never wait on each
		// other crosswise; rows that do not exist yet are settled by the primary key
		Map<Key, Item> stored = new HashMap<>();
		Sql lock = lockOf(keys);
		jdbc.query(lock.text(), ITEM, lock.args().toArray()).forEach(item -> stored.put(item.key(), item));
		long now = now();
		Set<String> failed = new LinkedHashSet<>();
		boolean onlyOptimistic = true;
		for (Operation op : ordered) {
			if (op.condition() != null && !op.condition().holdsFor(unexpired(stored.get(op.key()), now))) {
				failed.add(op.label() == null ? "#" + operations.indexOf(op) : op.label());
				onlyOptimistic &= op.optimistic();
			}
		}
		if (!failed.isEmpty()) {
			throw onlyOptimistic ? new OptimisticConflictException(failed) : new ConditionFailedException(failed);
		}
		for (Operation op : ordered) {
			Item current = stored.get(op.key());
			switch (op.kind()) {
				case PUT -> save(current != null, op.item());
				case UPDATE -> save(current != null, op.changes().applyTo(op.key(), unexpired(current, now)));
				case DELETE -> {
					if (current != null) {
						jdbc.update("DELETE FROM items WHERE pk = ? AND sk = ?", op.key().pk(), op.key().sk());
					}
				}
				case CHECK -> {
				}
			}
		}
	}

	/** The stored item as conditions and updates see it: an expired item is absent. */
	private static Item unexpired(Item stored, long now) {
		return stored == null || stored.expiredAt(now) ? null : stored;
	}

	private void save(boolean exists, Item item) {
		Key key = item.key();
		Object expiresAt = item.decimal(Attributes.EXPIRES_AT) == null ? null
				: item.decimal(Attributes.EXPIRES_AT).longValue();
		Object[] values = { ItemJson.write(item), item.str(Attributes.GSI1PK), item.str(Attributes.GSI1SK),
				item.str(Attributes.GSI2PK), item.str(Attributes.GSI2SK), expiresAt, key.pk(), key.sk() };
		if (exists) {
			jdbc.update("UPDATE items SET attrs = ?::jsonb, gsi1pk = ?, gsi1sk = ?, gsi2pk = ?, gsi2sk = ?, "
					+ "expires_at = ? WHERE pk = ? AND sk = ?", values);
		}
		else {
			jdbc.update("INSERT INTO items (attrs, gsi1pk, gsi1sk, gsi2pk, gsi2sk, expires_at, pk, sk) "
					+ "VALUES (?::jsonb, ?, ?, ?, ?, ?, ?, ?)", values);
		}
	}

	/**
	 * The WHERE clause of a query: its range, cursor (when paging), expiry and filters.
	 */
	private Sql where(Query query, boolean paging) {
		String partition = partitionColumn(query.index());
		String sort = sortColumn(query.index());
		List<String> clauses = new ArrayList<>();
		List<Object> args = new ArrayList<>();
		clauses.add(partition + " = ?");
		args.add(query.partition());
		if (query.from() != null) {
			clauses.add(sort + " >= ?");
			args.add(query.from());
		}
		if (query.to() != null) {
			clauses.add(sort + " <= ?");
			args.add(query.to());
		}
		if (query.prefix() != null && !query.prefix().isEmpty()) {
			clauses.add(sort + " >= ?");
			args.add(query.prefix());
			String above = prefixUpperBound(query.prefix());
			if (above != null) {
				clauses.add(sort + " < ?");
				args.add(above);
			}
		}
		Cursor cursor = query.cursor();
		if (paging && cursor != null) {
			String beyond = query.descending() ? " < " : " > ";
			if (query.index() == Index.TABLE) {
				clauses.add("sk" + beyond + "?");
				args.add(cursor.key().sk());
			}
			else {
				clauses.add("(" + sort + ", pk, sk)" + beyond + "(?, ?, ?)");
				args.addAll(List.of(cursor.sortKey(), cursor.key().pk(), cursor.key().sk()));
			}
		}
		clauses.add(live());
		args.add(now());
		for (Filter filter : query.filters()) {
			clauses.add(filter(filter, args));
		}
		return new Sql(String.join(" AND ", clauses), args);
	}

	private static String filter(Filter filter, List<Object> args) {
		if (filter instanceof Filter.EqualTo equal) {
			args.add(equal.attribute());
			args.add(ItemJson.value(equal.value()));
			return "attrs -> ? = ?::jsonb";
		}
		if (filter instanceof Filter.Contains contains) {
			args.add(contains.attribute());
			args.add(contains.part());
			return "strpos(attrs ->> ?, ?) > 0";
		}
		Filter.AnyOf any = (Filter.AnyOf) filter;
		return any.filters().stream().map(f -> filter(f, args)).collect(Collectors.joining(" OR ", "(", ")"));
	}

	/** The smallest string above every string that starts with {@code prefix}, if any. */
	static String prefixUpperBound(String prefix) {
		int last = prefix.codePointBefore(prefix.length());
		if (last == Character.MAX_CODE_POINT) {
			return null;
		}
		return prefix.substring(0, prefix.length() - Character.charCount(last)) + Character.toString(last + 1);
	}

	private static String partitionColumn(Index index) {
		return switch (index) {
			case TABLE -> "pk";
			case GSI1 -> "gsi1pk";
			case GSI2 -> "gsi2pk";
		};
	}

	private static String sortColumn(Index index) {
		return switch (index) {
			case TABLE -> "sk";
			case GSI1 -> "gsi1sk";
			case GSI2 -> "gsi2sk";
		};
	}

	private static String live() {
		return "(expires_at IS NULL OR expires_at > ?)";
	}

	private static String keyPlaceholders(int count) {
		return String.join(", ", Collections.nCopies(count, "(?, ?)"));
	}

	private static List<Object> keyArguments(List<Key> keys) {
		List<Object> args = new ArrayList<>();
		keys.forEach(key -> {
			args.add(key.pk());
			args.add(key.sk());
		});
		return args;
	}

	private long now() {
		return clock.instant().getEpochSecond();
	}

	/** Maps what PostgreSQL and the pool say to the store's own exceptions. */
	private static <T> T translated(Supplier<T> call) {
		try {
			return call.get();
		}
		catch (DuplicateKeyException | ConcurrencyFailureException ex) {
			throw new WriteCollisionException("A concurrent write touched the same items", ex);
		}
		catch (DataAccessResourceFailureException | TransientDataAccessResourceException
				| RecoverableDataAccessException | QueryTimeoutException | CannotCreateTransactionException ex) {
			throw new StoreUnavailableException("PostgreSQL is not available", ex);
		}
		catch (TransactionSystemException ex) {
			// the connection went away mid-transaction (commit or rollback failed): the
			// database is unavailable; a commit's outcome is unknown, which is what
			// idempotency keys are for
			throw new StoreUnavailableException("PostgreSQL went away during a transaction", ex);
		}
		catch (UncategorizedSQLException ex) {
			String state = ex.getSQLException() == null ? null : ex.getSQLException().getSQLState();
			if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
				// connection exception, or the server shutting down / terminating us
				throw new StoreUnavailableException("PostgreSQL is not available", ex);
			}
			throw ex;
		}
	}

	record Sql(String text, List<Object> args) {
	}

}
