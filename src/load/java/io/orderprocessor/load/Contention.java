package io.orderprocessor.load;

import java.math.BigDecimal;

import io.gatling.javaapi.core.Session;

import io.orderprocessor.load.LoadSetup.User;

/**
 * What the contention scenario did to its one user, counted from the answers it got, and
 * the check afterwards that the user's cash and holding are exactly that (data.md: every
 * change applied once, none lost, none half-applied).
 */
final class Contention {

	private int deposits;

	private int withdrawals;

	private int buys;

	private int unanswered;

	private BigDecimal spent = BigDecimal.ZERO;

	private Boolean exact;

	synchronized void deposited(Session session) {
		deposits += created(session) ? 1 : 0;
	}

	synchronized void withdrew(Session session) {
		withdrawals += created(session) ? 1 : 0;
	}

	synchronized void bought(Session session) {
		if (created(session) && session.getString("total") != null) {
			buys++;
			spent = spent.add(new BigDecimal(session.getString("total")));
		}
	}

	private boolean created(Session session) {
		if (!session.contains("st")) {
			unanswered++;
			return false;
		}
		return session.getInt("st") == 201;
	}

	/** True when the check ran and found the balances exact; null when it did not run. */
	synchronized Boolean exact() {
		return exact;
	}

	synchronized String check(LoadSetup setup, User user) throws Exception {
		BigDecimal expectedCash = new BigDecimal(LoadSuiteSimulation.OPENING_CASH).add(BigDecimal.valueOf(deposits))
			.subtract(BigDecimal.valueOf(withdrawals))
			.subtract(spent);
		BigDecimal expectedEth = LoadSuiteSimulation.ORDER_QUANTITY.multiply(BigDecimal.valueOf(buys));
		BigDecimal cash = setup.cash(user);
		BigDecimal eth = setup.holding(user, "ETH");
		exact = cash.compareTo(expectedCash) == 0 && eth.compareTo(expectedEth) == 0;
		return "Contention check afterwards (the one user, from the 201 answers: " + deposits + " deposits, "
				+ withdrawals + " withdrawals, " + buys + " buys for $" + spent.toPlainString() + "; " + unanswered
				+ " requests got no answer): cash " + cash.toPlainString() + " (expected "
				+ expectedCash.toPlainString() + "), ETH " + eth.toPlainString() + " (expected "
				+ expectedEth.toPlainString() + "): " + (exact ? "exact" : "NOT exact")
				+ (exact || unanswered == 0 ? "" : ": the server applied requests whose client had given up waiting")
				+ ".";
	}

}
