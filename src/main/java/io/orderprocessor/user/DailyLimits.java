package io.orderprocessor.user;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Today's (UTC) deposit and withdrawal limits of a user and what is used of them. */
public record DailyLimits(LocalDate day, BigDecimal depositLimit, BigDecimal depositedToday, BigDecimal withdrawalLimit,
		BigDecimal withdrawnToday) {

	public BigDecimal depositLeft() {
		return depositLimit.subtract(depositedToday).max(BigDecimal.ZERO);
	}

	public BigDecimal withdrawalLeft() {
		return withdrawalLimit.subtract(withdrawnToday).max(BigDecimal.ZERO);
	}

}
