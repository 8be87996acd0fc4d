package io.orderprocessor.portfolio;

import java.math.BigDecimal;
import java.util.List;

import io.orderprocessor.user.CashBalance;

/**
 * A user's cash and holdings at current prices.
 *
 * @param dayChange the holdings' change since yesterday or since bought (see
 * {@link DayChange}): the dashboard and the portfolio show this one figure
 * @param cashAllocation the cash's share of the total, in percent
 */
public record Portfolio(CashBalance cash, List<Position> positions, BigDecimal holdingsValue, BigDecimal costBasis,
		BigDecimal pnl, BigDecimal pnlPercent, BigDecimal total, DayChange dayChange, BigDecimal cashAllocation) {

	public boolean isEmpty() {
		return positions.isEmpty() && cash.balance().signum() == 0;
	}

}
