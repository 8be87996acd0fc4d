package io.orderprocessor.user;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What must hold for a user's cash after any burst of requests. */
public final class LedgerInvariants {

	private LedgerInvariants() {
	}

	public static void assertHold(CashService cash, String username) {
		List<LedgerEntry> entries = new ArrayList<>();
		cash.forEachEntry(username, LedgerQuery.all(100), entries::add);
		entries.sort(Comparator.comparing(LedgerEntry::id));

		BigDecimal running = BigDecimal.ZERO;
		BigDecimal deposited = BigDecimal.ZERO;
		BigDecimal withdrawn = BigDecimal.ZERO;
		for (LedgerEntry entry : entries) {
			running = running.add(entry.amount());
			assertThat(entry.balanceAfter()).as("balance after %s", entry.id()).isEqualByComparingTo(running);
			assertThat(entry.balanceAfter().signum()).as("never negative").isGreaterThanOrEqualTo(0);
			if (entry.type() == LedgerType.DEPOSIT) {
				deposited = deposited.add(entry.amount());
			}
			else if (entry.type() == LedgerType.WITHDRAW) {
				withdrawn = withdrawn.add(entry.amount().negate());
			}
		}
		assertThat(cash.balance(username).balance()).as("ledger sum equals balance").isEqualByComparingTo(running);
		DailyLimits limits = cash.limits(username);
		assertThat(deposited).isLessThanOrEqualTo(limits.depositLimit());
		assertThat(withdrawn).isLessThanOrEqualTo(limits.withdrawalLimit());
		assertThat(limits.depositedToday()).as("the day's counter matches the ledger").isEqualByComparingTo(deposited);
		assertThat(limits.withdrawnToday()).isEqualByComparingTo(withdrawn);
	}

}
