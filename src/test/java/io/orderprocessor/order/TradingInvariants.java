package io.orderprocessor.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.orderprocessor.user.CashBalance;
import io.orderprocessor.user.CashService;
import io.orderprocessor.user.LedgerInvariants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consistency rules of {@code data.md} for one user: the ledger adds up to the cash
 * (held cash included) with nothing negative; each asset's transactions add up to the
 * holding (held quantity included); what is held is exactly what pending orders reserve.
 */
public final class TradingInvariants {

	private TradingInvariants() {
	}

	public static void assertHold(CashService cash, OrderQueries orders, String username) {
		LedgerInvariants.assertHold(cash, username);
		CashBalance balance = cash.balance(username);
		assertThat(balance.balance().signum()).as("cash never negative").isGreaterThanOrEqualTo(0);
		assertThat(balance.held().signum()).as("held cash never negative").isGreaterThanOrEqualTo(0);
		assertThat(balance.available().signum()).as("available cash never negative").isGreaterThanOrEqualTo(0);

		List<Order> all = new ArrayList<>();
		orders.forEachOrder(username, OrderQuery.latest(500), all::add);
		BigDecimal heldCash = BigDecimal.ZERO;
		Map<String, BigDecimal> heldQuantity = new HashMap<>();
		for (Order order : all) {
			if (order.isPending() && order.type().isBuy()) {
				heldCash = heldCash.add(order.held());
			}
			else if (order.isPending()) {
				heldQuantity.merge(order.symbol(), order.held(), BigDecimal::add);
			}
		}
		assertThat(balance.held()).as("held cash = what pending limit buys hold").isEqualByComparingTo(heldCash);

		for (String symbol : all.stream().map(Order::symbol).distinct().toList()) {
			BigDecimal sum = BigDecimal.ZERO;
			AssetTransactionPage page = orders.transactions(username, symbol, null, 500);
			while (true) {
				for (AssetTransaction t : page.transactions()) {
					sum = sum.add(t.signedQuantity());
				}
				if (!page.hasMore()) {
					break;
				}
				page = orders.transactions(username, symbol, page.nextCursor(), 500);
			}
			Holding holding = orders.holding(username, symbol)
				.orElse(new Holding(symbol, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, null, null));
			assertThat(holding.quantity()).as("%s: asset transactions add up to the holding", symbol)
				.isEqualByComparingTo(sum);
			assertThat(holding.heldQuantity()).as("%s: held = what pending limit sells hold", symbol)
				.isEqualByComparingTo(heldQuantity.getOrDefault(symbol, BigDecimal.ZERO));
			assertThat(holding.available().signum()).as("%s: never negative", symbol).isGreaterThanOrEqualTo(0);
		}
	}

}
