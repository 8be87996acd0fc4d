package io.orderprocessor.portfolio;

import java.math.BigDecimal;
import java.util.List;

import io.orderprocessor.user.CashBalance;

/**
 * A user's cash and holdings at current prices.
 *
 * @param change24h how much the holdings' value changed over 24 h at today's quantities
 * @param change24hPercent that change in percent of the total 24 h ago (null when it was
 * 0)
 * @param cashAllocation the cash's share of the total, in percent
 */
public record Portfolio(CashBalance cash, List<Position> positions, BigDecimal holdingsValue, BigDecimal costBasis,
		BigDecimal pnl, BigDecimal pnlPercent, BigDecimal total, BigDecimal change24h, BigDecimal change24hPercent,
		BigDecimal cashAllocation) {

	public boolean isEmpty() {
		return positions.isEmpty() && cash.balance().signum() == 0;
	}

}
