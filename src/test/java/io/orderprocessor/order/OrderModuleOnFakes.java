package io.orderprocessor.order;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import io.orderprocessor.inventory.InventoryOnFakes;
import io.orderprocessor.inventory.InventoryService;
import io.orderprocessor.inventory.MarketFormat;
import io.orderprocessor.inventory.internal.SimulatedPriceSource;
import io.orderprocessor.order.internal.OrderStores;
import io.orderprocessor.platform.store.AccountLocks;
import io.orderprocessor.platform.store.InMemoryStoreEngine;
import io.orderprocessor.platform.store.Store;
import io.orderprocessor.platform.web.Messages;
import io.orderprocessor.support.TestPrices;
import io.orderprocessor.user.CashService;
import io.orderprocessor.user.UserModuleOnFakes;

/**
 * The order service with the real user and inventory services it calls, all on one
 * in-memory store, without Spring: the shipped catalogue, the simulated market behind
 * {@link TestPrices} (pin a price to trade at it), events collected in a list.
 */
public final class OrderModuleOnFakes {

	/** The store's call counts ({@code StoreCalls.since(meters)}): the budgets. */
	public final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	public final Store store = new Store(new InMemoryStoreEngine(), 30, meters);

	public final AccountLocks locks = new AccountLocks(64, Duration.ofSeconds(5));

	public final UserModuleOnFakes user = new UserModuleOnFakes(store, locks);

	public final CashService cash = user.cash;

	public final TestPrices prices = new TestPrices(new SimulatedPriceSource(42, Clock.systemUTC()));

	public final InventoryService inventory = InventoryOnFakes.service(store, prices);

	public final Messages messages = UserModuleOnFakes.texts();

	public final OrderRules rules = new OrderRules(messages, inventory);

	public final OrderFormat format = new OrderFormat(messages);

	public final OrderPlanner planner = new OrderPlanner(messages, new MarketFormat());

	public final OrderPayments payments = new OrderPayments(cash, planner);

	public final OrderQueries queries = new OrderQueries(OrderStores.orders(store), inventory, rules, messages, planner,
			payments);

	public final OrderService orders = new OrderService(OrderStores.orders(store), queries, cash, payments, inventory,
			rules, messages, planner, store, user.events::add,
			new StaticListableBeanFactory().getBeanProvider(Clock.class), locks);

	/** A new account with {@code amount} deposited. */
	public String funded(String prefix, String amount) {
		String username = user.newUser(prefix);
		cash.deposit(username, amount);
		return username;
	}

}
