package io.orderprocessor.portfolio;

import java.math.BigDecimal;

import io.orderprocessor.inventory.Asset;
import io.orderprocessor.inventory.Quote;
import io.orderprocessor.order.Holding;

/**
 * One holding at the current price.
 *
 * @param pnlPercent unrealised P/L in percent of the cost basis (null when the cost is 0)
 * @param allocation share of the portfolio's total value (cash included), in percent
 * @param dayChange its change since yesterday or since bought
 */
public record Position(Asset asset, Holding holding, Quote quote, BigDecimal marketValue, BigDecimal costBasis,
		BigDecimal pnl, BigDecimal pnlPercent, BigDecimal allocation, DayChange dayChange) {

	public String symbol() {
		return asset.symbol();
	}

	public BigDecimal price() {
		return quote.price();
	}

}
