package io.orderprocessor.admin;

import java.util.List;

import io.orderprocessor.order.Holding;
import io.orderprocessor.order.Order;
import io.orderprocessor.user.CashBalance;
import io.orderprocessor.user.LedgerPage;
import io.orderprocessor.user.Profile;

/** Everything the admin user page shows about one account. */
public record UserDetail(Profile profile, CashBalance cash, LedgerPage ledger, List<Holding> holdings,
		List<Order> orders) {
}
