package io.orderprocessor.user.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.orderprocessor.platform.store.AtomicWrite;
import io.orderprocessor.user.LedgerEntry;
import io.orderprocessor.user.LedgerPage;
import io.orderprocessor.user.LedgerQuery;

/** Cash balances, daily-limit counters and the ledger. */
public interface CashRepository {

	/** Label of the daily-limit condition in {@link #apply}. */
	String DAILY_LIMIT = "daily-limit";

	/**
	 * Label of the idempotency record's condition in {@link #apply}: the key was used
	 * before.
	 */
	String IDEMPOTENCY = "idempotency";

	/** The cash of a user; zero at version 0 when there is none yet. */
	CashState cash(String username);

	DayTotals day(String username, LocalDate day);

	/**
	 * One atomic write: the new balance (at the version read), the daily counter (if the
	 * movement counts against a limit) and the ledger entry.
	 * @throws io.orderprocessor.platform.store.OptimisticConflictException when the cash
	 * changed since it was read
	 * @throws io.orderprocessor.platform.store.ConditionFailedException failing
	 * {@link #DAILY_LIMIT}
	 */
	void apply(CashMovement movement);

	LedgerPage ledger(String username, LedgerQuery query);

	/**
	 * The record an idempotency key left (by a cash movement or an order: keys are one
	 * per user across both), if it has not expired.
	 */
	Optional<IdempotencyRecord> idempotency(String username, String key);

	/** One ledger entry by id. */
	Optional<LedgerEntry> entry(String username, String entryId);

	/** The newest entries, one query and no count (dashboards). */
	List<LedgerEntry> recent(String username, int limit);

	/**
	 * Adds to another module's atomic write the cash at its new balance and held amount
	 * (only if still at {@code expectedVersion}, label {@code cash}) and, when not null,
	 * the ledger entry.
	 */
	void appendMovement(AtomicWrite tx, String username, long expectedVersion, BigDecimal newBalance,
			BigDecimal newHeld, LedgerEntry entry, Instant now);

	record CashState(BigDecimal balance, BigDecimal held, long version, Instant updatedAt) {
	}

	record DayTotals(BigDecimal deposited, BigDecimal withdrawn) {
	}

	/**
	 * @param dayCounter {@code deposited} or {@code withdrawn}, or null when the movement
	 * counts against no limit
	 * @param dayLimit the limit {@code dayCounter} may reach
	 * @param idempotency the key and what was asked, stored in the same write (only if
	 * the key is new, label {@link #IDEMPOTENCY}), or null
	 */
	record CashMovement(String username, long expectedVersion, BigDecimal newBalance, LedgerEntry entry, LocalDate day,
			String dayCounter, BigDecimal dayLimit, IdempotencyRecord idempotency) {

		public CashMovement(String username, long expectedVersion, BigDecimal newBalance, LedgerEntry entry,
				LocalDate day, String dayCounter, BigDecimal dayLimit) {
			this(username, expectedVersion, newBalance, entry, day, dayCounter, dayLimit, null);
		}

	}

	/**
	 * @param fingerprint what was asked for ({@code cash|DEPOSIT|100}), so a key reused
	 * for another request is recognised
	 * @param entryId the ledger entry the movement made (null for a record an order left)
	 */
	record IdempotencyRecord(String key, String fingerprint, String entryId) {

		public static String fingerprint(String type, BigDecimal amount) {
			return "cash|" + type + "|" + amount.stripTrailingZeros().toPlainString();
		}

	}

}
