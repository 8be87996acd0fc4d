package io.orderprocessor.user;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.github.f4b6a3.ulid.Ulid;
import com.github.f4b6a3.ulid.UlidCreator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import io.orderprocessor.platform.security.RateLimited;
import io.orderprocessor.platform.security.RateLimiter;
import io.orderprocessor.platform.store.AccountLocks;
import io.orderprocessor.platform.store.AtomicWrite;
import io.orderprocessor.platform.store.ConcurrentUpdateException;
import io.orderprocessor.platform.store.ConditionFailedException;
import io.orderprocessor.platform.store.Store;
import io.orderprocessor.platform.web.InvalidFieldsException.FieldViolation;
import io.orderprocessor.platform.web.InvalidFieldsException;
import io.orderprocessor.platform.web.Messages;
import io.orderprocessor.shared.Money;
import io.orderprocessor.shared.Username;
import io.orderprocessor.user.UserEvents.CashDeposited;
import io.orderprocessor.user.UserEvents.CashWithdrawn;
import io.orderprocessor.user.internal.CashProperties;
import io.orderprocessor.user.internal.CashRepository.CashMovement;
import io.orderprocessor.user.internal.CashRepository.CashState;
import io.orderprocessor.user.internal.CashRepository.DayTotals;
import io.orderprocessor.user.internal.CashRepository.IdempotencyRecord;
import io.orderprocessor.user.internal.CashRepository;

/**
 * Cash in USD: deposits, withdrawals, the balance and its ledger. Every movement is one
 * atomic write of the balance (at the version read, so concurrent movements never lose an
 * update), today's limit counter (conditional, so concurrent movements never jointly pass
 * a limit), the ledger entry with the balance after it and, when the caller sent an
 * idempotency key, its record (so a retry with the same key moves nothing twice). One
 * account's movements take turns inside the instance ({@link AccountLocks}).
 */
@Service
public class CashService {

	private static final String DEPOSITED = "deposited";

	private static final String WITHDRAWN = "withdrawn";

	/** The same rule as the orders' keys. */
	private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_\\-:.]{1,100}");

	private final CashRepository cash;

	private final Store store;

	private final UserRules rules;

	private final Messages messages;

	private final CashProperties properties;

	private final RateLimiter limiter;

	private final ApplicationEventPublisher events;

	private final AccountLocks locks;

	private final Clock clock;

	CashService(CashRepository cash, Store store, UserRules rules, Messages messages, CashProperties properties,
			RateLimiter limiter, ApplicationEventPublisher events, AccountLocks locks) {
		this.cash = cash;
		this.locks = locks;
		this.store = store;
		this.rules = rules;
		this.messages = messages;
		this.properties = properties;
		this.limiter = limiter;
		this.events = events;
		this.clock = Clock.systemUTC();
	}

	public CashBalance balance(String username) {
		CashState state = cash.cash(Username.normalise(username));
		return new CashBalance(state.balance(), state.held(), state.updatedAt());
	}

	/**
	 * A change of the user's cash for another module to write inside its own atomic write
	 * ({@link CashChange#enlist}): the balance changes by {@code amountDelta} and the
	 * held part by {@code heldDelta}. One strongly consistent read; nothing is written
	 * yet.
	 * @param reference what the change belongs to (an order id), written with its ledger
	 * entry
	 */
	public CashChange prepare(String username, BigDecimal amountDelta, BigDecimal heldDelta, LedgerType type,
			String description, String reference) {
		String user = Username.normalise(username);
		CashState state = cash.cash(user);
		return new CashChange(this, user, state.version(), state.balance(), state.held(), amountDelta, heldDelta, type,
				description, reference);
	}

	/** The single writer of a prepared change: see {@link CashChange#enlist}. */
	LedgerEntry enlist(AtomicWrite tx, CashChange change) {
		if (!change.isCovered()) {
			throw insufficient(change.available(), change.requested());
		}
		BigDecimal balance = change.balanceAfter().setScale(2, RoundingMode.UNNECESSARY);
		BigDecimal held = change.heldAfter().setScale(2, RoundingMode.UNNECESSARY);
		Instant now = now();
		LedgerEntry entry = change.amountDelta().signum() == 0 ? null
				: new LedgerEntry(UlidCreator.getMonotonicUlid().toString(), change.type(),
						change.amountDelta().setScale(2), balance, change.description(), change.reference(), now);
		cash.appendMovement(tx, change.username(), change.version(), balance, held, entry, now);
		return entry;
	}

	public DailyLimits limits(String username) {
		LocalDate today = today();
		DayTotals day = cash.day(Username.normalise(username), today);
		return new DailyLimits(today, properties.dailyDepositLimit(), day.deposited(),
				properties.dailyWithdrawalLimit(), day.withdrawn());
	}

	/**
	 * Deposits an amount given as text or a JSON number's text, parsed exactly.
	 * @throws InvalidFieldsException for a bad amount
	 * @throws DailyLimitExceededException over today's deposit limit
	 * @throws TooManyRequestsException over the per-minute limit
	 */
	public LedgerEntry deposit(String username, String amount) {
		return move(Username.normalise(username), LedgerType.DEPOSIT, amount, null).entry();
	}

	/**
	 * Deposits once per idempotency key: a key used before for the same amount moves
	 * nothing and answers the first deposit's entry ({@link CashReceipt#replayed()}).
	 * @param idempotencyKey optional (null or blank: no key)
	 * @throws InvalidFieldsException for a bad amount or key, or a key used before for
	 * another request
	 */
	public CashReceipt deposit(String username, String amount, String idempotencyKey) {
		return move(Username.normalise(username), LedgerType.DEPOSIT, amount, idempotencyKey);
	}

	/**
	 * Withdraws once per idempotency key, as {@link #deposit(String, String, String)}.
	 */
	public CashReceipt withdraw(String username, String amount, String idempotencyKey) {
		return move(Username.normalise(username), LedgerType.WITHDRAW, amount, idempotencyKey);
	}

	/**
	 * Withdraws an amount given as text or a JSON number's text, parsed exactly.
	 * @throws InsufficientFundsException above the available cash
	 * @throws DailyLimitExceededException over today's withdrawal limit
	 */
	public LedgerEntry withdraw(String username, String amount) {
		return move(Username.normalise(username), LedgerType.WITHDRAW, amount, null).entry();
	}

	/** One page of the ledger, newest first. */
	public LedgerPage ledger(String username, LedgerQuery query) {
		if (query.cursor() != null && !Ulid.isValid(query.cursor())) {
			throw new InvalidFieldsException("cursor", messages.text("rule.cursor"), "value_error");
		}
		if (query.limit() < 1 || query.limit() > 500) {
			throw new InvalidFieldsException("limit", messages.text("rule.limit"), "value_error");
		}
		return cash.ledger(Username.normalise(username), query);
	}

	/** The newest {@code limit} entries: one query, no total (dashboards). */
	public List<LedgerEntry> recentEntries(String username, int limit) {
		return cash.recent(Username.normalise(username), Math.max(1, Math.min(limit, 100)));
	}

	/** Every entry matching the query, newest first, a page at a time (CSV export). */
	public void forEachEntry(String username, LedgerQuery query, Consumer<LedgerEntry> action) {
		LedgerQuery page = new LedgerQuery(query.type(), query.from(), query.to(), null, 500);
		LedgerPage result;
		do {
			result = ledger(username, page);
			result.entries().forEach(action);
			page = page.next(result.nextCursor());
		}
		while (result.hasMore());
	}

	private CashReceipt move(String username, LedgerType type, String rawAmount, String rawKey) {
		limiter.tryConsume("cash:" + username, properties.operationsPerMinute(), Duration.ofMinutes(1))
			.filter(probe -> !probe.isConsumed())
			.ifPresent(probe -> {
				long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999) / 1_000_000_000);
				Duration retryAfter = Duration.ofSeconds(seconds);
				events.publishEvent(new RateLimited(RateLimited.CASH_OPERATIONS_PER_USER, username, retryAfter));
				throw new TooManyRequestsException(messages.text("cash.tooMany", seconds),
						properties.operationsPerMinute(), retryAfter);
			});
		BigDecimal amount = rules.amount(rawAmount);
		String key = idempotencyKey(rawKey);
		boolean deposit = type == LedgerType.DEPOSIT;
		BigDecimal limit = deposit ? properties.dailyDepositLimit() : properties.dailyWithdrawalLimit();
		LocalDate today = today();
		IdempotencyRecord asked = key == null ? null
				: new IdempotencyRecord(key, IdempotencyRecord.fingerprint(type.name(), amount), null);
		CashReceipt receipt = locks.withLock(username, () -> {
			if (asked != null) {
				// a retry of a request that was done: answer it again, whatever the
				// limits or the balance say now
				IdempotencyRecord done = cash.idempotency(username, key).orElse(null);
				if (done != null) {
					return replay(username, asked, done);
				}
			}
			if (amount.compareTo(limit) > 0) {
				if (!deposit) {
					// not having the cash is the reason to give first, whatever the limit
					CashState state = cash.cash(username);
					BigDecimal available = state.balance().subtract(state.held());
					if (available.compareTo(amount) < 0) {
						throw insufficient(available, amount);
					}
				}
				throw limitExceeded(username, deposit, today, amount);
			}
			try {
				return new CashReceipt(store.retrying(() -> moveOnce(username, type, amount, today, limit, asked)),
						false);
			}
			catch (ConditionFailedException ex) {
				if (asked != null && ex.failed(CashRepository.IDEMPOTENCY)) {
					return replay(username, asked,
							cash.idempotency(username, key).orElseThrow(() -> new ConcurrentUpdateException(1, ex)));
				}
				if (ex.failed(CashRepository.DAILY_LIMIT)) {
					throw limitExceeded(username, deposit, today, amount);
				}
				throw ex;
			}
		});
		if (!receipt.replayed()) {
			LedgerEntry entry = receipt.entry();
			events.publishEvent(deposit ? new CashDeposited(username, amount, entry.balanceAfter(), entry.id())
					: new CashWithdrawn(username, amount, entry.balanceAfter(), entry.id()));
		}
		return receipt;
	}

	private LedgerEntry moveOnce(String username, LedgerType type, BigDecimal amount, LocalDate today, BigDecimal limit,
			IdempotencyRecord asked) {
		boolean deposit = type == LedgerType.DEPOSIT;
		CashState state = cash.cash(username);
		if (!deposit && state.balance().subtract(state.held()).compareTo(amount) < 0) {
			throw insufficient(state.balance().subtract(state.held()), amount);
		}
		BigDecimal after = deposit ? state.balance().add(amount) : state.balance().subtract(amount);
		// the id is made after the read, so ids order entries as their writes happened
		LedgerEntry next = new LedgerEntry(UlidCreator.getMonotonicUlid().toString(), type,
				deposit ? amount : amount.negate(), after, messages.text("cash.description." + type.name()), null,
				now());
		cash.apply(new CashMovement(username, state.version(), after, next, today, deposit ? DEPOSITED : WITHDRAWN,
				limit, asked));
		return next;
	}

	/**
	 * An admin's signed adjustment of the account's cash: one atomic write of the balance
	 * (at the version read) and a {@code SYSTEM_ADJUSTMENT} entry described by
	 * {@code reason}, in turn with the account's other movements ({@link AccountLocks}).
	 * Counts against no daily limit.
	 * @param amount as {@link #adjustment} parsed it
	 * @throws InvalidFieldsException when the available cash would fall below $0.00
	 */
	LedgerEntry adjust(String username, BigDecimal amount, String reason) {
		return locks.withLock(username, () -> store.retrying(() -> {
			CashState state = cash.cash(username);
			BigDecimal available = state.balance().subtract(state.held());
			if (available.add(amount).signum() < 0) {
				throw new InvalidFieldsException("amount",
						messages.text("admin.rule.adjust.negative", Money.format(available), Money.format(amount)),
						"insufficient");
			}
			BigDecimal after = state.balance().add(amount);
			Instant now = now();
			LedgerEntry next = new LedgerEntry(UlidCreator.getMonotonicUlid().toString(), LedgerType.SYSTEM_ADJUSTMENT,
					amount, after, reason, null, now);
			cash.apply(new CashMovement(username, state.version(), after, next,
					LocalDate.ofInstant(now, ZoneOffset.UTC), null, null));
			return next;
		}));
	}

	/**
	 * The signed amount of an admin's adjustment ({@code -25.50}, {@code $1,000}): a
	 * sign, then an amount by the rules of a deposit's ({@link UserRules#amount}),
	 * reported with the adjustment's own messages.
	 * @return the amount, or null when it broke a rule (added to {@code violations})
	 */
	BigDecimal adjustment(String raw, List<FieldViolation> violations) {
		String text = raw == null ? "" : raw.trim().replace(",", "").replace("$", "");
		boolean negative = text.startsWith("-");
		String magnitude = negative || text.startsWith("+") ? text.substring(1) : text;
		if (!text.isEmpty() && (magnitude.isEmpty() || !Character.isDigit(magnitude.charAt(0)))) {
			violations.add(new FieldViolation("amount", messages.text("admin.rule.adjust.format"), "decimal_parsing"));
			return null;
		}
		try {
			BigDecimal amount = rules.amount(magnitude);
			return negative ? amount.negate() : amount;
		}
		catch (InvalidFieldsException ex) {
			FieldViolation broken = ex.violations().get(0);
			violations.add(switch (broken.type()) {
				case "missing" -> broken;
				case "greater_than" ->
					new FieldViolation("amount", messages.text("admin.rule.adjust.zero"), "not_equal");
				case "less_than_equal" ->
					new FieldViolation("amount", messages.text("admin.rule.adjust.max"), "less_than_equal");
				default -> new FieldViolation("amount", messages.text("admin.rule.adjust.format"), "decimal_parsing");
			});
			return null;
		}
	}

	/** The first answer to a key used before, if it was used for the same request. */
	private CashReceipt replay(String username, IdempotencyRecord asked, IdempotencyRecord done) {
		if (!asked.fingerprint().equals(done.fingerprint()) || done.entryId() == null) {
			throw new InvalidFieldsException("idempotency_key", messages.text("cash.idempotency.reused"), "reused");
		}
		LedgerEntry first = cash.entry(username, done.entryId())
			.orElseThrow(() -> new ConcurrentUpdateException(1, null));
		return new CashReceipt(first, true);
	}

	private String idempotencyKey(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String key = raw.trim();
		if (!IDEMPOTENCY_KEY.matcher(key).matches()) {
			throw new InvalidFieldsException("idempotency_key", messages.text("cash.idempotencyKey"), "pattern");
		}
		return key;
	}

	private DailyLimitExceededException limitExceeded(String username, boolean deposit, LocalDate day,
			BigDecimal amount) {
		DayTotals totals = cash.day(username, day);
		return deposit
				? new DailyLimitExceededException(
						messages.text("cash.limit.deposit", Money.format(properties.dailyDepositLimit()),
								Money.format(totals.deposited()), Money.format(amount)))
				: new DailyLimitExceededException(
						messages.text("cash.limit.withdraw", Money.format(properties.dailyWithdrawalLimit()),
								Money.format(totals.withdrawn()), Money.format(amount)));
	}

	/** A DEPOSIT entry that opens an account with {@code amount} (demo data). */
	LedgerEntry openingDeposit(BigDecimal amount) {
		return new LedgerEntry(UlidCreator.getMonotonicUlid().toString(), LedgerType.DEPOSIT, amount, amount,
				messages.text("cash.seed"), null, now());
	}

	private InsufficientFundsException insufficient(BigDecimal available, BigDecimal requested) {
		return new InsufficientFundsException(
				messages.text("cash.insufficient", Money.format(available), Money.format(requested)));
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC);
	}

}
