package io.orderprocessor.order;

import org.springframework.stereotype.Component;

import io.orderprocessor.user.CashChange;
import io.orderprocessor.user.CashService;
import io.orderprocessor.user.LedgerType;

/**
 * The cash a planned order pays, receives or holds, as the user module judges it: one
 * {@link CashChange} for the placement to enlist in its write and for the preview to read
 * (its available cash and whether it covers the order), so both see the same cash.
 */
@Component
class OrderPayments {

	private final CashService cash;

	private final OrderPlanner planner;

	OrderPayments(CashService cash, OrderPlanner planner) {
		this.cash = cash;
		this.planner = planner;
	}

	/**
	 * The cash change of the plan: one read of the user's cash.
	 * @param orderId the order it is for, null for a preview
	 */
	CashChange of(String user, OrderPlan plan, String orderId) {
		return cash.prepare(user, plan.cashDelta(), plan.heldCashDelta(),
				plan.type().isBuy() ? LedgerType.ORDER_PAYMENT : LedgerType.ORDER_SALE,
				planner.description(plan.type(), plan.quantity(), plan.asset().symbol(), plan.price()), orderId);
	}

}
