package io.orderprocessor.user;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

import com.github.f4b6a3.ulid.Ulid;
import com.github.f4b6a3.ulid.UlidCreator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import io.orderprocessor.platform.security.RateLimited;
import io.orderprocessor.platform.security.RateLimiter;
import io.orderprocessor.platform.store.AtomicWrite;
import io.orderprocessor.platform.store.ConditionFailedException;
import io.orderprocessor.platform.store.Store;
import io.orderprocessor.platform.web.InvalidFieldsException;
import io.orderprocessor.user.UserEvents.CashDeposited;
import io.orderprocessor.user.UserEvents.CashWithdrawn;
import io.orderprocessor.user.internal.CashProperties;
import io.orderprocessor.user.internal.CashRepository;
import io.orderprocessor.user.internal.CashRepository.CashMovement;
import io.orderprocessor.user.internal.CashRepository.CashState;
import io.orderprocessor.user.internal.CashRepository.DayTotals;

/**
 * Cash in USD: deposits, withdrawals, the balance and its ledger. Every movement is one
 * atomic write of the balance (at the version read, so concurrent movements never lose an
 * update), today's limit counter (conditional, so concurrent movements never jointly pass
 * a limit) and the ledger entry with the balance after it.
 */
@Service
public class CashService {

	private static final String DEPOSITED = "deposited";

	private static final String WITHDRAWN = "withdrawn";

	private final CashRepository cash;

	private final Store store;

	private final UserRules rules;

	private final CashProperties properties;

	private final RateLimiter limiter;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CashService(CashRepository cash, Store store, UserRules rules, CashProperties properties, RateLimiter limiter,
			ApplicationEventPublisher events) {
		this.cash = cash;
		this.store = store;
		this.rules = rules;
		this.properties = properties;
		this.limiter = limiter;
		this.events = events;
		this.clock = Clock.systemUTC();
	}

	public CashBalance balance(String username) {
		CashState state = cash.cash(UserService.normalise(username));
		return new CashBalance(state.balance(), state.held(), state.updatedAt());
	}

	/**
	 * The cash with the version it was read at, for a module that moves cash in its own
	 * transaction with {@link #addMovement}. One strongly consistent read.
	 */
	public CashSnapshot read(String username) {
		String user = UserService.normalise(username);
		CashState state = cash.cash(user);
		return new CashSnapshot(user, state.balance(), state.held(), state.version(), state.updatedAt());
	}

	/**
	 * Appends a cash movement to the caller's atomic write: the balance changes by
	 * {@code amountDelta} and the held part by {@code heldDelta}, written only if the
	 * cash is still at the version of {@code current} (else the write fails as an
	 * optimistic conflict: read again inside {@link Store#retrying}). A non-zero amount
	 * also writes its ledger entry with the balance after it. The caller checks the rules
	 * (available cash) against {@code current}; this refuses only results below zero.
	 * @return the ledger entry, or null when the amount is zero (a hold or its release)
	 */
	public LedgerEntry addMovement(AtomicWrite tx, CashSnapshot current, BigDecimal amountDelta, BigDecimal heldDelta,
			LedgerType type, String description, String reference) {
		BigDecimal balance = current.balance().add(amountDelta).setScale(2, java.math.RoundingMode.UNNECESSARY);
		BigDecimal held = current.held().add(heldDelta).setScale(2, java.math.RoundingMode.UNNECESSARY);
		if (balance.signum() < 0 || held.signum() < 0 || held.compareTo(balance) > 0) {
			throw new InsufficientFundsException(rules.message("cash.insufficient", Money.format(current.available()),
					Money.format(amountDelta.negate().max(heldDelta))));
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		LedgerEntry entry = amountDelta.signum() == 0 ? null
				: new LedgerEntry(UlidCreator.getMonotonicUlid().toString(), type, amountDelta.setScale(2), balance,
						description, reference, now);
		cash.appendMovement(tx, current.username(), current.version(), balance, held, entry, now);
		return entry;
	}

	public DailyLimits limits(String username) {
		LocalDate today = today();
		DayTotals day = cash.day(UserService.normalise(username), today);
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
		return move(UserService.normalise(username), LedgerType.DEPOSIT, amount);
	}

	/**
	 * Withdraws an amount given as text or a JSON number's text, parsed exactly.
	 * @throws InsufficientFundsException above the available cash
	 * @throws DailyLimitExceededException over today's withdrawal limit
	 */
	public LedgerEntry withdraw(String username, String amount) {
		return move(UserService.normalise(username), LedgerType.WITHDRAW, amount);
	}

	/** One page of the ledger, newest first. */
	public LedgerPage ledger(String username, LedgerQuery query) {
		if (query.cursor() != null && !Ulid.isValid(query.cursor())) {
			throw new InvalidFieldsException("cursor", rules.message("rule.cursor"), "value_error");
		}
		if (query.limit() < 1 || query.limit() > 500) {
			throw new InvalidFieldsException("limit", rules.message("rule.limit"), "value_error");
		}
		return cash.ledger(UserService.normalise(username), query);
	}

	/** The newest {@code limit} entries: one query, no total (dashboards). */
	public java.util.List<LedgerEntry> recentEntries(String username, int limit) {
		return cash.recent(UserService.normalise(username), Math.max(1, Math.min(limit, 100)));
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

	private LedgerEntry move(String username, LedgerType type, String rawAmount) {
		limiter.tryConsume("cash:" + username, properties.operationsPerMinute(), Duration.ofMinutes(1))
			.filter(probe -> !probe.isConsumed())
			.ifPresent(probe -> {
				long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999) / 1_000_000_000);
				Duration retryAfter = Duration.ofSeconds(seconds);
				events.publishEvent(new RateLimited(RateLimited.CASH_OPERATIONS_PER_USER, username, retryAfter));
				throw new TooManyRequestsException(rules.message("cash.tooMany", seconds), retryAfter);
			});
		BigDecimal amount = rules.amount(rawAmount);
		boolean deposit = type == LedgerType.DEPOSIT;
		BigDecimal limit = deposit ? properties.dailyDepositLimit() : properties.dailyWithdrawalLimit();
		LocalDate today = today();
		if (amount.compareTo(limit) > 0) {
			throw limitExceeded(username, deposit, today, amount);
		}
		LedgerEntry entry;
		try {
			entry = store.retrying(() -> {
				CashState state = cash.cash(username);
				if (!deposit && state.balance().subtract(state.held()).compareTo(amount) < 0) {
					throw new InsufficientFundsException(rules.message("cash.insufficient",
							Money.format(state.balance().subtract(state.held())), Money.format(amount)));
				}
				BigDecimal after = deposit ? state.balance().add(amount) : state.balance().subtract(amount);
				// the id is made after the read, so ids order entries as their writes
				// happened
				LedgerEntry next = new LedgerEntry(UlidCreator.getMonotonicUlid().toString(), type,
						deposit ? amount : amount.negate(), after, rules.message("cash.description." + type.name()),
						null, clock.instant().truncatedTo(ChronoUnit.MILLIS));
				cash.apply(new CashMovement(username, state.version(), after, next, today,
						deposit ? DEPOSITED : WITHDRAWN, limit));
				return next;
			});
		}
		catch (ConditionFailedException ex) {
			if (ex.failed(CashRepository.DAILY_LIMIT)) {
				throw limitExceeded(username, deposit, today, amount);
			}
			throw ex;
		}
		events.publishEvent(deposit ? new CashDeposited(username, amount, entry.balanceAfter(), entry.id())
				: new CashWithdrawn(username, amount, entry.balanceAfter(), entry.id()));
		return entry;
	}

	private DailyLimitExceededException limitExceeded(String username, boolean deposit, LocalDate day,
			BigDecimal amount) {
		DayTotals totals = cash.day(username, day);
		return deposit
				? new DailyLimitExceededException(
						rules.message("cash.limit.deposit", Money.format(properties.dailyDepositLimit()),
								Money.format(totals.deposited()), Money.format(amount)))
				: new DailyLimitExceededException(
						rules.message("cash.limit.withdraw", Money.format(properties.dailyWithdrawalLimit()),
								Money.format(totals.withdrawn()), Money.format(amount)));
	}

	/** A DEPOSIT entry that opens an account with {@code amount} (demo data). */
	LedgerEntry openingDeposit(BigDecimal amount) {
		return new LedgerEntry(UlidCreator.getMonotonicUlid().toString(), LedgerType.DEPOSIT, amount, amount,
				rules.message("cash.seed"), null, clock.instant().truncatedTo(ChronoUnit.MILLIS));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC);
	}

}
