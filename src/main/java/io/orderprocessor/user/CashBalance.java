package io.orderprocessor.user;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A user's cash in USD. {@code balance} includes {@code held} (cash reserved by open
 * limit buys); {@code available} is what can be spent or withdrawn.
 *
 * @param updatedAt when it last changed, or null if never
 */
public record CashBalance(BigDecimal balance, BigDecimal held, Instant updatedAt) {

	public BigDecimal available() {
		return balance.subtract(held);
	}

}
