package io.orderprocessor.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import io.orderprocessor.inventory.Asset;
import io.orderprocessor.inventory.HistoryRange;
import io.orderprocessor.inventory.InventoryService;
import io.orderprocessor.inventory.PricePoint;
import io.orderprocessor.inventory.Quote;
import io.orderprocessor.order.Holding;
import io.orderprocessor.order.Order;
import io.orderprocessor.order.OrderQueries;
import io.orderprocessor.user.CashBalance;
import io.orderprocessor.user.CashService;
import io.orderprocessor.user.LedgerEntry;

/**
 * The portfolio at current prices: one query for the holdings and one read of the cash;
 * prices come from memory.
 */
@Service
public class PortfolioService {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final OrderQueries orders;

	private final CashService cash;

	private final InventoryService inventory;

	private final Clock clock;

	PortfolioService(OrderQueries orders, CashService cash, InventoryService inventory, ObjectProvider<Clock> clock) {
		this.orders = orders;
		this.cash = cash;
		this.inventory = inventory;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** Positions largest first. */
	public Portfolio portfolio(String username) {
		List<Holding> holdings = orders.holdings(username);
		CashBalance balance = cash.balance(username);
		record Valued(Asset asset, Holding holding, Quote quote, BigDecimal value, BigDecimal cost, DayChange change) {
		}
		List<Valued> valued = new ArrayList<>();
		BigDecimal holdingsValue = BigDecimal.ZERO.setScale(2);
		BigDecimal costBasis = BigDecimal.ZERO.setScale(2);
		DayChange dayChange = DayChange.NONE;
		Instant now = clock.instant();
		for (Holding holding : holdings) {
			Asset asset = inventory.find(holding.symbol()).orElse(null);
			if (asset == null) {
				continue;
			}
			Quote quote = inventory.quote(asset);
			BigDecimal value = money(holding.quantity().multiply(quote.price()));
			DayChange change = DayChange.of(holding.quantity(), holding.costBasis(), holding.acquiredAt(),
					quote.price(), quote.priceChange24h(), now);
			valued.add(new Valued(asset, holding, quote, value, holding.costBasis(), change));
			holdingsValue = holdingsValue.add(value);
			costBasis = costBasis.add(holding.costBasis());
			dayChange = dayChange.plus(change);
		}
		BigDecimal total = holdingsValue.add(balance.balance());
		List<Position> positions = new ArrayList<>();
		for (Valued v : valued) {
			BigDecimal pnl = v.value().subtract(v.cost());
			positions.add(new Position(v.asset(), v.holding(), v.quote(), v.value(), v.cost(), pnl,
					percent(pnl, v.cost()), percent(v.value(), total), v.change()));
		}
		positions.sort(Comparator.comparing(Position::marketValue).reversed());
		BigDecimal pnl = holdingsValue.subtract(costBasis);
		return new Portfolio(balance, List.copyOf(positions), holdingsValue, costBasis, pnl, percent(pnl, costBasis),
				total, dayChange, percent(balance.balance(), total));
	}

	/**
	 * The portfolio's value over the range, from what the page has read already (no store
	 * call): the portfolio now, and the newest orders and ledger entries, each list cut
	 * at {@code limit}. Prices come from the inventory's history in memory.
	 */
	public ValueHistory valueHistory(Portfolio portfolio, List<Order> recentOrders, List<LedgerEntry> recentEntries,
			int limit, HistoryRange range) {
		Map<String, BigDecimal> quantities = new HashMap<>();
		Set<String> symbols = new LinkedHashSet<>();
		for (Position position : portfolio.positions()) {
			quantities.put(position.symbol(), position.holding().quantity());
			symbols.add(position.symbol());
		}
		recentOrders.forEach(order -> symbols.add(order.symbol()));
		Instant now = clock.instant();
		Map<String, List<PricePoint>> prices = new HashMap<>();
		for (String symbol : symbols) {
			inventory.find(symbol).ifPresent(asset -> {
				// the history, ending at the price the rest of the page shows
				List<PricePoint> history = new ArrayList<>(
						inventory.history(asset, range).stream().filter(p -> p.time().isBefore(now)).toList());
				history.add(new PricePoint(now, inventory.quote(asset).price()));
				prices.put(symbol, history);
			});
		}
		Instant start = now.minus(range.span());
		List<Instant> times = new ArrayList<>(range.points());
		for (int i = 0; i < range.points(); i++) {
			times.add(i == range.points() - 1 ? now : start.plus(range.step().multipliedBy(i)));
		}
		return ValueHistory.of(times, quantities, portfolio.cash().balance(), recentOrders, recentOrders.size() < limit,
				recentEntries, recentEntries.size() < limit, prices);
	}

	private static BigDecimal money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_EVEN);
	}

	/** {@code part} in percent of {@code whole}, two decimals; null when whole is 0. */
	static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		if (whole.signum() == 0) {
			return null;
		}
		return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_EVEN);
	}

}
