package io.orderprocessor.order;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.github.f4b6a3.ulid.Ulid;

import org.springframework.stereotype.Service;

import io.orderprocessor.inventory.InventoryService;
import io.orderprocessor.inventory.Symbols;
import io.orderprocessor.order.OrderRules.Checked;
import io.orderprocessor.order.internal.OrderRepository.HoldingState;
import io.orderprocessor.order.internal.OrderRepository;
import io.orderprocessor.platform.web.InvalidFieldsException;
import io.orderprocessor.platform.web.Messages;
import io.orderprocessor.shared.Username;

/**
 * Reads orders, holdings and asset transactions, and previews an order; nothing here
 * writes. The commands that change them are {@link OrderService}'s. Each query names the
 * store reads it makes: the pages that show them have a budget.
 */
@Service
public class OrderQueries {

	private final OrderRepository orders;

	private final InventoryService inventory;

	private final OrderRules rules;

	private final Messages messages;

	private final OrderPlanner planner;

	private final OrderPayments payments;

	OrderQueries(OrderRepository orders, InventoryService inventory, OrderRules rules, Messages messages,
			OrderPlanner planner, OrderPayments payments) {
		this.orders = orders;
		this.inventory = inventory;
		this.rules = rules;
		this.messages = messages;
		this.planner = planner;
		this.payments = payments;
	}

	/**
	 * What the order would do at the current price, for the trade page's live preview and
	 * review step: the same plan placement writes. At most one read: the cash (buys) or
	 * the holding (sells).
	 */
	public OrderPreview preview(String username, PlaceOrder request) {
		String user = Username.normalise(username);
		Checked checked;
		try {
			checked = rules.check(request);
		}
		catch (InvalidFieldsException ex) {
			return OrderPreview.invalid(ex.violations());
		}
		BigDecimal marketPrice = inventory.quote(checked.asset()).price();
		if (!checked.type().isBuy()) {
			BigDecimal holding = orders.holding(user, checked.asset().symbol()).available();
			return planner.plan(checked, marketPrice, holding).toPreview();
		}
		OrderPlan plan = planner.plan(checked, marketPrice, null);
		return planner.withCash(plan, payments.of(user, plan, null)).toPreview();
	}

	/** One order of this user. */
	public Order get(String username, String orderId) {
		if (!OrderRules.isOrderIdFormat(orderId)) {
			throw new InvalidFieldsException("order_id", messages.text("rule.orderId"), "pattern");
		}
		if (!orderId.startsWith(Order.ID_PREFIX) || !Ulid.isValid(orderId.substring(Order.ID_PREFIX.length()))) {
			throw new OrderNotFoundException(orderId);
		}
		return orders.order(Username.normalise(username), orderId)
			.orElseThrow(() -> new OrderNotFoundException(orderId));
	}

	/** One page of the user's orders, newest first. */
	public OrderPage orders(String username, OrderQuery query) {
		rules.checkPage(query);
		return orders.orders(Username.normalise(username), query);
	}

	/** The user's newest orders: one query, no total (dashboards, side panels). */
	public List<Order> recent(String username, int limit) {
		return orders.recent(Username.normalise(username), Math.max(1, Math.min(limit, 100)));
	}

	/** Every order matching the query, newest first, a page at a time (CSV export). */
	public void forEachOrder(String username, OrderQuery query, Consumer<Order> action) {
		OrderQuery page = new OrderQuery(query.symbol(), query.type(), query.side(), query.status(), query.from(),
				query.to(), null, 0, 500);
		OrderPage result;
		do {
			result = orders(username, page);
			result.orders().forEach(action);
			page = page.withCursor(result.nextCursor());
		}
		while (result.hasMore());
	}

	/** The user's holdings that are not zero, by symbol. One query. */
	public List<Holding> holdings(String username) {
		return orders.holdings(Username.normalise(username))
			.stream()
			.filter(h -> h.quantity().signum() > 0)
			.sorted(Comparator.comparing(Holding::symbol))
			.toList();
	}

	/** The user's holding of the asset, empty when none or zero. One read. */
	public Optional<Holding> holding(String username, String symbol) {
		return Symbols.normalise(symbol)
			.map(s -> orders.holding(Username.normalise(username), s))
			.filter(h -> h.quantity().signum() > 0)
			.map(HoldingState::toHolding);
	}

	/** One page of the user's transactions in one asset, newest first. */
	public AssetTransactionPage transactions(String username, String symbol, String cursor, int limit) {
		if (limit < 1 || limit > 500) {
			throw new InvalidFieldsException("limit", messages.text("rule.limit"), "value_error");
		}
		if (cursor != null && !Ulid.isValid(cursor)) {
			throw new InvalidFieldsException("cursor", messages.text("rule.cursor"), "value_error");
		}
		String normalised = Symbols.normalise(symbol).orElseThrow();
		return orders.transactions(Username.normalise(username), normalised, cursor, limit);
	}

}
