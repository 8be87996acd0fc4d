package io.orderprocessor.user;

import java.util.ArrayList;
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
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.support.Traders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cash movements on the real store through the whole application: the ledger and the
 * audit trail of a deposit and a withdrawal, and concurrent movements. The rules (limits,
 * amounts, the ledger's pages) are use-case tests on the in-memory store
 * ({@link CashUseCaseTest}).
 */
@IntegrationTest
class CashServiceTest {

	@Autowired
	Traders traders;

	@Autowired
	CashService cash;

	@Autowired
	AuditLog audit;

	String newUser() {
		String username = traders.registered("cash");
		return username;
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
