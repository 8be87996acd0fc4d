package io.orderprocessor.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import com.github.f4b6a3.ulid.UlidCreator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import io.orderprocessor.inventory.Asset;
import io.orderprocessor.inventory.InventoryService;
import io.orderprocessor.order.OrderEvents.OrderCancelled;
import io.orderprocessor.order.OrderEvents.OrderFilled;
import io.orderprocessor.order.OrderEvents.OrderPlaced;
import io.orderprocessor.order.OrderRules.Checked;
import io.orderprocessor.order.OrderType.Side;
import io.orderprocessor.order.internal.OrderRepository.HoldingState;
import io.orderprocessor.order.internal.OrderRepository.IdempotencyRecord;
import io.orderprocessor.order.internal.OrderRepository;
import io.orderprocessor.platform.store.AccountLocks;
import io.orderprocessor.platform.store.AtomicWrite;
import io.orderprocessor.platform.store.ConcurrentUpdateException;
import io.orderprocessor.platform.store.ConditionFailedException;
import io.orderprocessor.platform.store.Store;
import io.orderprocessor.platform.web.InvalidFieldsException;
import io.orderprocessor.platform.web.Messages;
import io.orderprocessor.shared.Username;
import io.orderprocessor.user.CashChange;
import io.orderprocessor.user.CashService;
import io.orderprocessor.user.LedgerType;

/**
 * Places, fills and cancels orders. Each of these is ONE atomic write (through
 * {@link Store#write}) of the order, the holding (at the version read), the asset
 * transaction, the idempotency record and the cash with its ledger entry (a
 * {@link CashChange} the user module prepares, checks and enlists in the write); a
 * concurrent change of cash or holding makes it read again and retry. Placement and the
 * preview share one {@link OrderPlan} and its {@link OrderPayments cash}. Fills of limit
 * orders are conditional on the order still being pending, so no order is ever filled
 * twice, whoever runs the matcher.
 * <p>
 * These are the commands; the queries (the preview, an order, the history, holdings and
 * asset transactions), which never write, are in {@link OrderQueries}.
 */
@Service
public class OrderService {

	private static final Logger log = LoggerFactory.getLogger(OrderService.class);

	private final OrderRepository orders;

	private final OrderQueries queries;

	private final CashService cash;

	private final OrderPayments payments;

	private final InventoryService inventory;

	private final OrderRules rules;

	private final Messages messages;

	private final OrderPlanner planner;

	private final Store store;

	private final ApplicationEventPublisher events;

	private final AccountLocks locks;

	private final Clock clock;

	OrderService(OrderRepository orders, OrderQueries queries, CashService cash, OrderPayments payments,
			InventoryService inventory, OrderRules rules, Messages messages, OrderPlanner planner, Store store,
			ApplicationEventPublisher events, ObjectProvider<Clock> clock, AccountLocks locks) {
		this.orders = orders;
		this.queries = queries;
		this.locks = locks;
		this.cash = cash;
		this.payments = payments;
		this.inventory = inventory;
		this.rules = rules;
		this.messages = messages;
		this.planner = planner;
		this.store = store;
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	// Commands: place, cancel and fill, each one atomic write under the account's lock.

	/**
	 * Places an order: market orders, and limit orders whose limit the market already
	 * crosses, fill at once at the current price; other limit orders reserve cash or
	 * quantity and wait for the matcher. A key that was used before places nothing and
	 * answers the order it placed first.
	 * @throws InvalidFieldsException for fields that break their rules
	 * @throws OrderRuleException for insufficient cash or holding, or over the order
	 * limit
	 */
	public Placement place(String username, PlaceOrder request) {
		String user = Username.normalise(username);
		Checked checked = rules.check(request);
		BigDecimal marketPrice = inventory.quote(checked.asset()).price();
		String fingerprint = IdempotencyRecord.fingerprint(checked.type(), checked.asset().symbol(), checked.quantity(),
				checked.amount(), checked.limitPrice());
		Order placed;
		try {
			// one account's operations take turns here instead of colliding and retrying
			placed = locks.withLock(user,
					() -> store.retrying(() -> placeOnce(user, checked, marketPrice, fingerprint)));
		}
		catch (ConditionFailedException ex) {
			if (ex.failed(OrderRepository.IDEMPOTENCY)) {
				return replay(user, checked.idempotencyKey(), fingerprint);
			}
			throw ex;
		}
		events.publishEvent(placed.isPending() ? new OrderPlaced(placed) : new OrderFilled(placed, false));
		return new Placement(placed, false);
	}

	/**
	 * One attempt at placing: the plan of the order against the holding and cash as read
	 * now, refused with its first violation, else written in one atomic write.
	 */
	private Order placeOnce(String user, Checked checked, BigDecimal marketPrice, String fingerprint) {
		OrderType type = checked.type();
		String symbol = checked.asset().symbol();
		HoldingState holding = type.isBuy() ? null : orders.holding(user, symbol);
		OrderPlan plan = planner.plan(checked, marketPrice, holding == null ? null : holding.available())
			.requireValid();
		String id = Order.ID_PREFIX + UlidCreator.getMonotonicUlid().toString();
		CashChange payment = null;
		if (plan.movesCash()) {
			payment = payments.of(user, plan, id);
			if (type.isBuy()) {
				planner.withCash(plan, payment).requireValid();
			}
		}
		if (type.isBuy() && plan.fillsNow()) {
			holding = orders.holding(user, symbol);
		}
		Instant now = now();
		Order order = plan.toOrder(id, user, now);
		AtomicWrite tx = AtomicWrite.create();
		orders.putNewOrder(tx, order);
		if (plan.fillsNow()) {
			// market orders and limits the market already crosses: the same fill
			if (type.isBuy()) {
				buyInto(tx, user, holding, order, now);
			}
			else {
				sellFrom(tx, user, holding, order, false, now);
			}
		}
		else if (type == OrderType.LIMIT_SELL) {
			orders.putHolding(tx, user, holding, holding.quantity(), holding.heldQuantity().add(order.held()),
					holding.averageCost(), now);
		}
		// a limit buy that waits holds cash only
		if (payment != null) {
			payment.enlist(tx);
		}
		if (checked.idempotencyKey() != null) {
			orders.putIdempotency(tx, user, new IdempotencyRecord(checked.idempotencyKey(), id, fingerprint, now));
		}
		store.write(tx);
		return order;
	}

	private Placement replay(String user, String key, String fingerprint) {
		IdempotencyRecord record = orders.idempotency(user, key)
			.orElseThrow(() -> new ConcurrentUpdateException(1, null));
		if (!record.fingerprint().equals(fingerprint)) {
			throw new InvalidFieldsException("idempotency_key", messages.text("rule.idempotency.reused"), "reused");
		}
		Order first = orders.order(user, record.orderId()).orElseThrow(() -> new OrderNotFoundException(key));
		return new Placement(first, true);
	}

	/**
	 * Cancels a pending order of this user and releases what it held, in one write.
	 * @throws OrderNotFoundException for an unknown order or someone else's
	 * @throws OrderNotPendingException when it is no longer pending
	 */
	public Order cancel(String username, String orderId) {
		String user = Username.normalise(username);
		Order order = queries.get(user, orderId);
		if (!order.isPending()) {
			throw notPending(order);
		}
		Order cancelled;
		try {
			cancelled = locks.withLock(user, () -> store.retrying(() -> {
				Instant now = now();
				Order next = order.cancelled(now);
				AtomicWrite tx = AtomicWrite.create();
				orders.updatePendingOrder(tx, next);
				if (order.type().isBuy()) {
					cash.prepare(user, BigDecimal.ZERO, order.held().negate(), LedgerType.ORDER_REFUND,
							description(order), order.id())
						.enlist(tx);
				}
				else {
					HoldingState holding = orders.holding(user, order.symbol());
					orders.putHolding(tx, user, holding, holding.quantity(),
							holding.heldQuantity().subtract(order.held()), holding.averageCost(), now);
				}
				store.write(tx);
				return next;
			}));
		}
		catch (ConditionFailedException ex) {
			if (ex.failed(OrderRepository.ORDER)) {
				throw notPending(queries.get(user, orderId));
			}
			throw ex;
		}
		events.publishEvent(new OrderCancelled(cancelled));
		return cancelled;
	}

	/**
	 * Fills every open limit order that the current prices cross, at those prices; the
	 * scheduled matcher calls this. Safe to run anywhere at the same time: each fill is
	 * conditional on its order still being pending.
	 * @return how many orders this call filled
	 */
	public int matchLimitOrders() {
		int filled = 0;
		for (Asset asset : inventory.assets()) {
			if (!asset.active()) {
				continue;
			}
			BigDecimal price = inventory.quote(asset).price();
			for (Order order : orders.crossing(asset.symbol(), price)) {
				try {
					if (fill(order, price).isPresent()) {
						filled++;
					}
				}
				catch (RuntimeException ex) {
					// the order stays pending and is tried again on the next round
					log.warn("Could not fill {} of {} yet: {}", order.id(), order.username(), ex.getMessage());
				}
			}
		}
		return filled;
	}

	/** Fills a pending limit order at {@code price}, unless it is no longer pending. */
	Optional<Order> fill(Order order, BigDecimal price) {
		String user = order.username();
		Order filled;
		try {
			filled = locks.withLock(user, () -> store.retrying(() -> {
				Instant now = now();
				BigDecimal total = order.type().isBuy() ? OrderRules.cost(order.quantity(), price)
						: OrderRules.proceeds(order.quantity(), price);
				Order next = order.filled(price, total, now);
				CashChange money = order.type().isBuy()
						? cash.prepare(user, total.negate(), order.held().negate(), LedgerType.ORDER_PAYMENT,
								description(next), order.id())
						: cash.prepare(user, total, BigDecimal.ZERO, LedgerType.ORDER_SALE, description(next),
								order.id());
				HoldingState holding = orders.holding(user, order.symbol());
				AtomicWrite tx = AtomicWrite.create();
				orders.updatePendingOrder(tx, next);
				if (order.type().isBuy()) {
					buyInto(tx, user, holding, next, now);
				}
				else {
					sellFrom(tx, user, holding, next, true, now);
				}
				money.enlist(tx);
				store.write(tx);
				return next;
			}));
		}
		catch (ConditionFailedException ex) {
			if (ex.failed(OrderRepository.ORDER)) {
				return Optional.empty(); // filled or cancelled meanwhile
			}
			throw ex;
		}
		events.publishEvent(new OrderFilled(filled, true));
		return Optional.of(filled);
	}

	// The parts of the commands' writes.

	private void buyInto(AtomicWrite tx, String user, HoldingState holding, Order fill, Instant now) {
		BigDecimal quantity = holding.quantity().add(fill.quantity());
		BigDecimal cost = holding.quantity()
			.multiply(holding.averageCost())
			.add(fill.total())
			.divide(quantity, 8, RoundingMode.HALF_EVEN);
		orders.putHolding(tx, user, holding, quantity, holding.heldQuantity(), cost, now);
		orders.putAssetTransaction(tx, user, new AssetTransaction(fill.ulid(), fill.symbol(), Side.BUY, fill.quantity(),
				fill.price(), fill.total(), fill.id(), now));
	}

	private void sellFrom(AtomicWrite tx, String user, HoldingState holding, Order fill, boolean wasHeld, Instant now) {
		BigDecimal held = wasHeld ? holding.heldQuantity().subtract(fill.quantity()) : holding.heldQuantity();
		orders.putHolding(tx, user, holding, holding.quantity().subtract(fill.quantity()), held, holding.averageCost(),
				now);
		orders.putAssetTransaction(tx, user, new AssetTransaction(fill.ulid(), fill.symbol(), Side.SELL,
				fill.quantity(), fill.price(), fill.total(), fill.id(), now));
	}

	private OrderNotPendingException notPending(Order order) {
		return new OrderNotPendingException(messages.text("rule.notPending", order.id(), order.status().apiName()));
	}

	private String description(Order order) {
		return planner.description(order.type(), order.quantity(), order.symbol(),
				order.price() != null ? order.price() : order.limitPrice());
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
