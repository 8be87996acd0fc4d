package io.orderprocessor.user;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.orderprocessor.audit.AuditLog;
import io.orderprocessor.platform.store.ConcurrentUpdateException;
import io.orderprocessor.platform.web.InvalidFieldsException;
import io.orderprocessor.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cash movements, limits and the ledger on the real store, through the service.
 */
@IntegrationTest
class CashServiceTest {

	@Autowired
	UserService users;

	@Autowired
	CashService cash;

	@Autowired
	AuditLog audit;

	String newUser() {
		String username = UserMother.uniqueUsername("cash");
		users.register(UserMother.registration(username), null);
		return username;
	}

	@Test
	void aNewAccountStartsWithNoCashAndNoLedger() {
		String user = newUser();

		assertThat(cash.balance(user).balance()).isEqualByComparingTo("0.00");
		assertThat(cash.ledger(user, LedgerQuery.all(10)).entries()).isEmpty();
	}

	@Test
	void depositsAndWithdrawalsMoveTheBalanceAndWriteTheLedger() {
		String user = newUser();

		LedgerEntry deposit = cash.deposit(user, "1000.10");
		LedgerEntry withdrawal = cash.withdraw(user, "250");

		assertThat(deposit.balanceAfter()).isEqualByComparingTo("1000.10");
		assertThat(withdrawal.amount()).isEqualByComparingTo("-250.00");
		assertThat(withdrawal.balanceAfter()).isEqualByComparingTo("750.10");
		assertThat(cash.balance(user).balance()).isEqualByComparingTo("750.10");
		assertThat(cash.balance(user).updatedAt()).isNotNull();
		LedgerPage ledger = cash.ledger(user, LedgerQuery.all(10));
		assertThat(ledger.entries()).extracting(LedgerEntry::type)
			.containsExactly(LedgerType.WITHDRAW, LedgerType.DEPOSIT);
		assertThat(ledger.totalCount()).isEqualTo(2);
		assertThat(audit.byActor(user, 10)).extracting(e -> e.action())
			.contains("cash.deposited", "cash.withdrawn", "user.registered");
	}

	@Test
	void aWithdrawalAboveTheBalanceIsRefusedWithTheShortfall() {
		String user = newUser();
		cash.deposit(user, "100");

		assertThatThrownBy(() -> cash.withdraw(user, "100.01")).isInstanceOf(InsufficientFundsException.class)
			.hasMessage("Insufficient balance: available $100.00, requested $100.01");
		assertThat(cash.balance(user).balance()).isEqualByComparingTo("100.00");
	}

	@Test
	void dailyLimitsStateTheLimitWhatWasUsedAndWhatWasAsked() {
		String user = newUser();
		cash.deposit(user, "9000");

		assertThatThrownBy(() -> cash.deposit(user, "1000.01")).isInstanceOf(DailyLimitExceededException.class)
			.hasMessage(
					"Daily deposit limit of $10,000.00 reached: $9,000.00 already deposited today, $1,000.01 requested");
		cash.deposit(user, "1000");
		assertThatThrownBy(() -> cash.deposit(user, "0.01")).isInstanceOf(DailyLimitExceededException.class);

		cash.withdraw(user, "5000");
		assertThatThrownBy(() -> cash.withdraw(user, "0.01")).isInstanceOf(DailyLimitExceededException.class)
			.hasMessage(
					"Daily withdrawal limit of $5,000.00 reached: $5,000.00 already withdrawn today, $0.01 requested");
		assertThatThrownBy(() -> cash.withdraw(newUser(), "5000.01")).isInstanceOf(DailyLimitExceededException.class);
		DailyLimits limits = cash.limits(user);
		assertThat(limits.depositLeft()).isEqualByComparingTo("0");
		assertThat(limits.withdrawalLeft()).isEqualByComparingTo("0");
		assertThat(cash.balance(user).balance()).isEqualByComparingTo("5000.00");
	}

	@Test
	void badAmountsChangeNothing() {
		String user = newUser();
		for (String bad : new String[] { "-1", "0", "0.001", "1e6", "1000000.01", "NaN", "abc", null, "9".repeat(500),
				"<script>alert(1)</script>" }) {
			assertThatThrownBy(() -> cash.deposit(user, bad)).as(String.valueOf(bad))
				.isInstanceOf(InvalidFieldsException.class);
		}
		assertThat(cash.ledger(user, LedgerQuery.all(10)).totalCount()).isZero();
	}

	@Test
	void theLedgerPagesThroughEveryEntryNewestFirstAndFiltersByType() {
		String user = newUser();
		for (int i = 1; i <= 7; i++) {
			cash.deposit(user, i + ".00");
		}
		cash.withdraw(user, "1.50");

		List<LedgerEntry> all = new ArrayList<>();
		LedgerQuery query = LedgerQuery.all(3);
		LedgerPage page;
		do {
			page = cash.ledger(user, query);
			assertThat(page.totalCount()).isEqualTo(8);
			all.addAll(page.entries());
			query = query.next(page.nextCursor());
		}
		while (page.hasMore());

		assertThat(all).hasSize(8);
		assertThat(all.get(0).type()).isEqualTo(LedgerType.WITHDRAW);
		assertThat(all).extracting(LedgerEntry::id).isSortedAccordingTo(Collections.reverseOrder());
		LedgerPage deposits = cash.ledger(user, new LedgerQuery(LedgerType.DEPOSIT, null, null, null, 5));
		assertThat(deposits.totalCount()).isEqualTo(7);
		assertThat(deposits.entries()).hasSize(5).allMatch(e -> e.type() == LedgerType.DEPOSIT);
		assertThat(deposits.hasMore()).isTrue();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		assertThat(cash.ledger(user, new LedgerQuery(null, today, today, null, 50)).totalCount()).isEqualTo(8);
		assertThat(cash.ledger(user, new LedgerQuery(null, today.plusDays(1), null, null, 50)).totalCount()).isZero();
	}

	@Test
	void concurrentDepositsAndWithdrawalsKeepEveryInvariant() throws Exception {
		String user = newUser();
		ExecutorService threads = Executors.newFixedThreadPool(16);
		Map<String, Integer> outcomes = new ConcurrentHashMap<>();
		List<Future<?>> futures = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			boolean deposit = i % 2 == 0;
			String amount = ThreadLocalRandom.current().nextInt(50, 251) + "." + (10 + i % 90);
			futures.add(threads.submit(() -> {
				try {
					if (deposit) {
						cash.deposit(user, amount);
					}
					else {
						cash.withdraw(user, amount);
					}
					outcomes.merge("ok", 1, Integer::sum);
				}
				catch (InsufficientFundsException | DailyLimitExceededException | ConcurrentUpdateException refused) {
					outcomes.merge(refused.getClass().getSimpleName(), 1, Integer::sum);
				}
			}));
		}
		for (Future<?> future : futures) {
			future.get(); // any other exception fails the test here
		}
		threads.shutdown();

		assertThat(outcomes.get("ok")).isPositive();
		assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(200);
		LedgerInvariants.assertHold(cash, user);
	}

}
