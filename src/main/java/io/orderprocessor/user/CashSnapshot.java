package io.orderprocessor.user;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A user's cash as read at one version, for another module that moves cash inside its own
 * atomic write ({@link CashService#addMovement}). {@code balance} includes {@code held}.
 *
 * @param version the version the cash was read at; the movement is written only if it is
 * still the current one
 */
public record CashSnapshot(String username, BigDecimal balance, BigDecimal held, long version, Instant updatedAt) {

	public BigDecimal available() {
		return balance.subtract(held);
	}

}
