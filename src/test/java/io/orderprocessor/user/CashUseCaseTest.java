package io.orderprocessor.user;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.orderprocessor.platform.web.InvalidFieldsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cash rules through {@link CashService} on the in-memory store: balances, the
 * shortfall, daily limits, bad amounts and the ledger's pages and filters.
 */
class CashUseCaseTest {

	final UserModuleOnFakes module = new UserModuleOnFakes();

	final CashService cash = module.cash;

	@Test
	void aNewAccountStartsWithNoCashAndNoLedger() {
		String user = module.newUser("cash");

		assertThat(cash.balance(user).balance()).isEqualByComparingTo("0.00");
		assertThat(cash.ledger(user, LedgerQuery.all(10)).entries()).isEmpty();
	}

	@ParameterizedTest(name = "{1} from {0}")
	@CsvSource(delimiter = '|', textBlock = """
			100  | 100.01  | Insufficient balance: available $100.00, requested $100.01
			5000 | 999999  | Insufficient balance: available $5,000.00, requested $999,999.00
			5000 | 5000.01 | Insufficient balance: available $5,000.00, requested $5,000.01
			""")
	void aWithdrawalAboveTheBalanceIsRefusedWithTheShortfallEvenOverTheDailyLimit(String deposited, String asked,
			String message) {
		String user = module.newUser("cash");
		cash.deposit(user, deposited);

		assertThatThrownBy(() -> cash.withdraw(user, asked)).isInstanceOf(InsufficientFundsException.class)
			.hasMessage(message);
		assertThat(cash.balance(user).balance()).isEqualByComparingTo(deposited);
		assertThat(cash.limits(user).withdrawnToday()).isEqualByComparingTo("0");
	}

	@Test
	void dailyLimitsStateTheLimitWhatWasUsedAndWhatWasAsked() {
		String user = module.newUser("cash");
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
		String richer = module.newUser("cash");
		cash.deposit(richer, "6000");
		assertThatThrownBy(() -> cash.withdraw(richer, "5000.01")).isInstanceOf(DailyLimitExceededException.class);
		DailyLimits limits = cash.limits(user);
		assertThat(limits.depositLeft()).isEqualByComparingTo("0");
		assertThat(limits.withdrawalLeft()).isEqualByComparingTo("0");
		assertThat(cash.balance(user).balance()).isEqualByComparingTo("5000.00");
	}

	@Test
	void badAmountsChangeNothing() {
		String user = module.newUser("cash");
		for (String bad : new String[] { "-1", "0", "0.001", "1e6", "1000000.01", "NaN", "abc", null, "9".repeat(500),
				"<script>alert(1)</script>" }) {
			assertThatThrownBy(() -> cash.deposit(user, bad)).as(String.valueOf(bad))
				.isInstanceOf(InvalidFieldsException.class);
		}
		assertThat(cash.ledger(user, LedgerQuery.all(10)).totalCount()).isZero();
	}

	@Test
	void theLedgerPagesThroughEveryEntryNewestFirstAndFiltersByType() {
		String user = module.newUser("cash");
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

}
