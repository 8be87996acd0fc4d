package io.orderprocessor.user.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.github.f4b6a3.ulid.Ulid;

import org.springframework.stereotype.Repository;

import io.orderprocessor.platform.store.AtomicWrite;
import io.orderprocessor.platform.store.Attributes;
import io.orderprocessor.platform.store.Changes;
import io.orderprocessor.platform.store.Condition;
import io.orderprocessor.platform.store.Filter;
import io.orderprocessor.platform.store.Item;
import io.orderprocessor.platform.store.Query;
import io.orderprocessor.platform.store.Store;
import io.orderprocessor.platform.store.UserPartition;
import io.orderprocessor.user.LedgerEntry;
import io.orderprocessor.user.LedgerPage;
import io.orderprocessor.user.LedgerQuery;

@Repository
class StoreCashRepository implements CashRepository {

	/** Daily counters are kept a few days for support questions, then expire. */
	private static final long DAY_ITEM_TTL_SECONDS = 7 * 24 * 3600;

	/** Idempotency records are kept a day, as the orders' are. */
	private static final long IDEMPOTENCY_TTL_SECONDS = 24 * 3600;

	private static final BigDecimal ZERO_CASH = BigDecimal.ZERO.setScale(2);

	private final Store store;

	StoreCashRepository(Store store) {
		this.store = store;
	}

	@Override
	public CashState cash(String username) {
		Optional<Item> found = store.get(UserItems.cashKey(username));
		if (found.isEmpty()) {
			return new CashState(ZERO_CASH, ZERO_CASH, 0, null);
		}
		Item item = found.get();
		return new CashState(UserItems.decimal(item, "balance"), UserItems.decimal(item, "held"), item.version(),
				item.instant("updated_at"));
	}

	@Override
	public DayTotals day(String username, LocalDate day) {
		Item item = store.get(UserItems.dayKey(username, day)).orElse(null);
		return new DayTotals(UserItems.decimal(item, "deposited"), UserItems.decimal(item, "withdrawn"));
	}

	@Override
	public void apply(CashMovement m) {
		LedgerEntry entry = m.entry();
		AtomicWrite tx = AtomicWrite.create()
			.updateVersioned("cash", UserItems.cashKey(m.username()),
					Changes.set("balance", m.newBalance())
						.andIfAbsent("held", ZERO_CASH)
						.and("updated_at", entry.createdAt()),
					m.expectedVersion());
		if (m.dayCounter() != null) {
			// works whether or not today's item exists yet: a missing counter counts as
			// 0, and the caller refused any single amount above the limit beforehand
			BigDecimal amount = entry.amount().abs();
			long expiresAt = m.day().plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) + DAY_ITEM_TTL_SECONDS;
			tx.update(DAILY_LIMIT, UserItems.dayKey(m.username(), m.day()),
					Changes.set(Attributes.EXPIRES_AT, expiresAt).andAdd(m.dayCounter(), amount),
					Condition.sumAtMost(m.dayCounter(), amount, m.dayLimit()));
		}
		tx.putIfAbsent("ledger", UserItems.ledger(m.username(), entry));
		if (m.idempotency() != null) {
			tx.putIfAbsent(IDEMPOTENCY,
					Item.at(UserPartition.idempotencyKey(m.username(), m.idempotency().key()))
						.set("entity", "IDEMPOTENCY")
						.set("ledger_id", entry.id())
						.set("fingerprint", m.idempotency().fingerprint())
						.set("created_at", entry.createdAt())
						.set(Attributes.EXPIRES_AT, entry.createdAt().getEpochSecond() + IDEMPOTENCY_TTL_SECONDS)
						.build());
		}
		store.write(tx);
	}

	@Override
	public Optional<IdempotencyRecord> idempotency(String username, String key) {
		return store.get(UserPartition.idempotencyKey(username, key))
			.map(item -> new IdempotencyRecord(key, item.str("fingerprint"), item.str("ledger_id")));
	}

	@Override
	public Optional<LedgerEntry> entry(String username, String entryId) {
		return store.get(UserItems.ledgerKey(username, entryId)).map(UserItems::ledgerEntry);
	}

	@Override
	public void appendMovement(AtomicWrite tx, String username, long expectedVersion, BigDecimal newBalance,
			BigDecimal newHeld, LedgerEntry entry, Instant now) {
		tx.updateVersioned("cash", UserItems.cashKey(username),
				Changes.set("balance", newBalance).and("held", newHeld).and("updated_at", now), expectedVersion);
		if (entry != null) {
			tx.putIfAbsent("ledger", UserItems.ledger(username, entry));
		}
	}

	@Override
	public List<LedgerEntry> recent(String username, int limit) {
		return store.query(
				Query.table(UserPartition.of(username)).beginsWith(UserItems.LEDGER_PREFIX).newestFirst().limit(limit))
			.items()
			.stream()
			.map(UserItems::ledgerEntry)
			.toList();
	}

	@Override
	public LedgerPage ledger(String username, LedgerQuery query) {
		// one more than a page tells whether another page follows
		int wanted = query.limit() + 1;
		Query range = range(username, query).limit(wanted);
		if (query.cursor() != null) {
			range = range.afterItem(UserItems.ledgerKey(username, query.cursor()), null);
		}
		List<LedgerEntry> entries = store.queryAll(range).stream().map(UserItems::ledgerEntry).toList();
		boolean hasMore = entries.size() > query.limit();
		List<LedgerEntry> page = hasMore ? entries.subList(0, query.limit()) : entries;
		String next = hasMore ? page.get(page.size() - 1).id() : null;
		return new LedgerPage(List.copyOf(page), store.count(range(username, query)), hasMore, next);
	}

	/** The user's entries of the query's days and type, newest first. */
	private static Query range(String username, LedgerQuery query) {
		String from = UserItems.LEDGER_PREFIX + (query.from() == null ? ""
				: Ulid.min(query.from().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli()).toString());
		String to = UserItems.LEDGER_PREFIX + (query.to() == null ? "~"
				: Ulid.max(query.to().atTime(LocalTime.MAX).toInstant(ZoneOffset.UTC).toEpochMilli()).toString());
		Query range = Query.table(UserPartition.of(username)).between(from, to).newestFirst();
		if (query.type() != null) {
			range = range.where(Filter.equalTo("type", query.type().name()));
		}
		return range;
	}

}
