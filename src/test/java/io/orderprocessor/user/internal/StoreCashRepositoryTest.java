package io.orderprocessor.user.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.github.f4b6a3.ulid.UlidCreator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import io.orderprocessor.platform.store.AtomicWrite;
import io.orderprocessor.platform.store.Attributes;
import io.orderprocessor.platform.store.ConditionFailedException;
import io.orderprocessor.platform.store.InMemoryStoreEngine;
import io.orderprocessor.platform.store.OptimisticConflictException;
import io.orderprocessor.platform.store.Store;
import io.orderprocessor.support.MovableClock;
import io.orderprocessor.user.LedgerEntry;
import io.orderprocessor.user.LedgerPage;
import io.orderprocessor.user.LedgerQuery;
import io.orderprocessor.user.LedgerType;
import io.orderprocessor.user.internal.CashRepository.CashMovement;
import io.orderprocessor.user.internal.CashRepository.CashState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cash repository against the in-memory engine: balances at versions, the daily
 * limit's counter and its expiry, movements inside another module's write, and ledger
 * pages with cursors, type and day filters.
 */
class StoreCashRepositoryTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static final BigDecimal DEPOSIT_LIMIT = new BigDecimal("10000.00");

	final MovableClock clock = new MovableClock(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC));

	final InMemoryStoreEngine engine = new InMemoryStoreEngine(clock);

	final Store store = new Store(engine, 30, new SimpleMeterRegistry());

	final StoreCashRepository cash = new StoreCashRepository(store);

	@Test
	void aUserWithoutCashHasZeroAtVersionZero() {
		CashState state = cash.cash("nobody");

		assertThat(state.balance()).isEqualTo("0.00");
		assertThat(state.held()).isEqualTo("0.00");
		assertThat(state.version()).isZero();
		assertThat(state.updatedAt()).isNull();
		assertThat(cash.day("nobody", TODAY).deposited()).isEqualTo("0.00");
	}

	@Test
	void depositsCountAgainstTheDailyLimitUntilItIsReachedExactly() {
		deposit("alice", "9000.00");
		assertThat(cash.day("alice", TODAY).deposited()).isEqualTo("9000.00");

		assertThatThrownBy(() -> deposit("alice", "1000.01")).isInstanceOf(ConditionFailedException.class)
			.isNotInstanceOf(OptimisticConflictException.class)
			.satisfies(ex -> assertThat(((ConditionFailedException) ex).failed())
				.containsExactly(CashRepository.DAILY_LIMIT));
		assertThat(cash.cash("alice").balance()).as("nothing of a refused movement is written").isEqualTo("9000.00");
		assertThat(cash.ledger("alice", LedgerQuery.all(10)).totalCount()).isEqualTo(1);

		deposit("alice", "1000.00");
		assertThat(cash.day("alice", TODAY).deposited()).isEqualTo("10000.00");
		assertThat(cash.cash("alice").balance()).isEqualTo("10000.00");
		assertThat(cash.cash("alice").version()).isEqualTo(2);
		assertThatThrownBy(() -> deposit("alice", "0.01")).isInstanceOf(ConditionFailedException.class);
	}

	@Test
	void withdrawalsHaveTheirOwnCounterAndAnotherDayStartsAtZero() {
		deposit("bob", "3000.00");
		withdraw("bob", "2000.00", "2000.00");
		assertThatThrownBy(() -> withdraw("bob", "0.01", "2000.00")).isInstanceOf(ConditionFailedException.class);

		CashRepository.DayTotals day = cash.day("bob", TODAY);
		assertThat(day.deposited()).isEqualTo("3000.00");
		assertThat(day.withdrawn()).isEqualTo("2000.00");
		assertThat(cash.cash("bob").balance()).isEqualTo("1000.00");
		assertThat(cash.day("bob", TODAY.plusDays(1)).withdrawn()).isEqualTo("0.00");
	}

	@Test
	void theDayCounterExpiresAWeekAfterItsDay() {
		deposit("carol", "10.00");
		long expiresAt = engine.contents()
			.get(UserItems.dayKey("carol", TODAY))
			.decimal(Attributes.EXPIRES_AT)
			.longValueExact();

		assertThat(expiresAt).isEqualTo(TODAY.plusDays(8).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
		clock.set(Instant.ofEpochSecond(expiresAt));
		assertThat(cash.day("carol", TODAY).deposited()).isEqualTo("0.00");
	}

	@Test
	void aMovementAtAStaleVersionIsAnOptimisticConflictUnlessARuleFailsToo() {
		deposit("dave", "100.00");
		LedgerEntry late = entry(LedgerType.DEPOSIT, "5.00", "105.00");

		assertThatThrownBy(() -> cash
			.apply(new CashMovement("dave", 0, new BigDecimal("105.00"), late, TODAY, "deposited", DEPOSIT_LIMIT)))
			.isInstanceOf(OptimisticConflictException.class);
		LedgerEntry over = entry(LedgerType.DEPOSIT, "9999.00", "10099.00");
		assertThatThrownBy(() -> cash
			.apply(new CashMovement("dave", 0, new BigDecimal("10099.00"), over, TODAY, "deposited", DEPOSIT_LIMIT)))
			.isNotInstanceOf(OptimisticConflictException.class)
			.isInstanceOf(ConditionFailedException.class)
			.satisfies(ex -> assertThat(((ConditionFailedException) ex).failed()).containsExactlyInAnyOrder("cash",
					CashRepository.DAILY_LIMIT));
		assertThat(cash.cash("dave").balance()).isEqualTo("100.00");
	}

	@Test
	void anotherModulesWriteMovesBalanceAndHeldAndADepositKeepsWhatIsHeld() {
		deposit("erin", "500.00");
		CashState before = cash.cash("erin");
		Instant now = clock.instant();

		AtomicWrite hold = AtomicWrite.create();
		cash.appendMovement(hold, "erin", before.version(), before.balance(), new BigDecimal("200.00"), null, now);
		assertThat(hold.size()).as("a hold writes no ledger entry").isEqualTo(1);
		store.write(hold);
		assertThat(cash.cash("erin").held()).isEqualTo("200.00");

		AtomicWrite stale = AtomicWrite.create();
		cash.appendMovement(stale, "erin", before.version(), new BigDecimal("400.00"), new BigDecimal("200.00"),
				entry(LedgerType.ORDER_PAYMENT, "-100.00", "400.00"), now);
		assertThatThrownBy(() -> store.write(stale)).isInstanceOf(OptimisticConflictException.class);

		deposit("erin", "1.00");
		CashState after = cash.cash("erin");
		assertThat(after.balance()).isEqualTo("501.00");
		assertThat(after.held()).isEqualTo("200.00");
		assertThat(cash.ledger("erin", LedgerQuery.all(10)).totalCount()).isEqualTo(2);
	}

	@Test
	void theLedgerPagesNewestFirstWithIdCursorsAndTrueTotals() {
		for (int i = 1; i <= 7; i++) {
			deposit("frank", i + ".00");
		}
		withdraw("frank", "1.50", "5000.00");

		List<LedgerEntry> all = new ArrayList<>();
		List<String> cursors = new ArrayList<>();
		LedgerQuery query = LedgerQuery.all(3);
		LedgerPage page;
		do {
			page = cash.ledger("frank", query);
			assertThat(page.totalCount()).isEqualTo(8);
			all.addAll(page.entries());
			cursors.add(page.nextCursor());
			query = query.next(page.nextCursor());
		}
		while (page.hasMore());

		assertThat(all).hasSize(8);
		assertThat(all).extracting(LedgerEntry::id)
			.doesNotHaveDuplicates()
			.isSortedAccordingTo(Collections.reverseOrder());
		assertThat(all.get(0).type()).isEqualTo(LedgerType.WITHDRAW);
		assertThat(all.get(0).amount()).isEqualTo("-1.50");
		assertThat(cursors).containsExactly(all.get(2).id(), all.get(5).id(), null);
		assertThat(cash.recent("frank", 2)).containsExactlyElementsOf(all.subList(0, 2));
	}

	@Test
	void theLedgerFiltersByTypeAndDay() {
		for (int i = 1; i <= 7; i++) {
			deposit("gina", i + ".00");
		}
		withdraw("gina", "1.50", "5000.00");

		LedgerPage deposits = cash.ledger("gina", new LedgerQuery(LedgerType.DEPOSIT, null, null, null, 5));
		assertThat(deposits.totalCount()).isEqualTo(7);
		assertThat(deposits.entries()).hasSize(5).allMatch(e -> e.type() == LedgerType.DEPOSIT);
		assertThat(deposits.hasMore()).isTrue();
		LedgerPage rest = cash.ledger("gina",
				new LedgerQuery(LedgerType.DEPOSIT, null, null, deposits.nextCursor(), 5));
		assertThat(rest.entries()).hasSize(2).allMatch(e -> e.type() == LedgerType.DEPOSIT);
		assertThat(rest.hasMore()).isFalse();
		assertThat(rest.nextCursor()).isNull();
		assertThat(cash.ledger("gina", new LedgerQuery(LedgerType.ORDER_SALE, null, null, null, 5)).entries())
			.isEmpty();

		assertThat(cash.ledger("gina", new LedgerQuery(null, TODAY, TODAY, null, 50)).totalCount()).isEqualTo(8);
		assertThat(cash.ledger("gina", new LedgerQuery(null, TODAY.plusDays(1), null, null, 50)).totalCount()).isZero();
		assertThat(cash.ledger("gina", new LedgerQuery(null, null, TODAY.minusDays(1), null, 50)).totalCount())
			.isZero();
		assertThat(cash.ledger("other", LedgerQuery.all(50)).entries()).as("only the user's own entries").isEmpty();
	}

	@Test
	void entriesOfEarlierDaysAreInTheirDaysRange() {
		clock.set(TODAY.minusDays(2).atTime(9, 0).toInstant(ZoneOffset.UTC));
		deposit("hank", "1.00");
		deposit("hank", "2.00");
		clock.set(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC));
		deposit("hank", "3.00");

		LedgerPage twoDaysAgo = cash.ledger("hank",
				new LedgerQuery(null, TODAY.minusDays(2), TODAY.minusDays(1), null, 1));
		assertThat(twoDaysAgo.totalCount()).isEqualTo(2);
		assertThat(twoDaysAgo.entries()).extracting(LedgerEntry::amount).containsExactly(new BigDecimal("2.00"));
		assertThat(cash
			.ledger("hank", new LedgerQuery(null, TODAY.minusDays(2), TODAY.minusDays(1), twoDaysAgo.nextCursor(), 1))
			.entries()).extracting(LedgerEntry::amount).containsExactly(new BigDecimal("1.00"));
	}

	private void deposit(String username, String amount) {
		CashState state = cash.cash(username);
		BigDecimal after = state.balance().add(new BigDecimal(amount));
		LedgerEntry entry = entry(LedgerType.DEPOSIT, amount, after.toPlainString());
		cash.apply(new CashMovement(username, state.version(), after, entry, today(), "deposited", DEPOSIT_LIMIT));
	}

	private void withdraw(String username, String amount, String limit) {
		CashState state = cash.cash(username);
		BigDecimal after = state.balance().subtract(new BigDecimal(amount));
		LedgerEntry entry = entry(LedgerType.WITHDRAW, "-" + amount, after.toPlainString());
		cash.apply(
				new CashMovement(username, state.version(), after, entry, today(), "withdrawn", new BigDecimal(limit)));
	}

	/**
	 * An entry a millisecond after the previous one, so ids order entries whatever else
	 * makes ULIDs.
	 */
	private LedgerEntry entry(LedgerType type, String amount, String balanceAfter) {
		Instant now = clock.advance(Duration.ofMillis(1));
		return new LedgerEntry(UlidCreator.getMonotonicUlid(now.toEpochMilli()).toString(), type,
				new BigDecimal(amount), new BigDecimal(balanceAfter), type.name(), null, now);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

}
