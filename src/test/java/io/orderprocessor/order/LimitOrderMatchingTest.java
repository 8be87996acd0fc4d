package io.orderprocessor.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.support.TestPrices;
import io.orderprocessor.user.CashService;
import io.orderprocessor.user.LedgerEntry;
import io.orderprocessor.user.LedgerQuery;
import io.orderprocessor.user.LedgerType;
import io.orderprocessor.user.UserMother;
import io.orderprocessor.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limit orders fill when the (test) market crosses their limit, at the market price,
 * exactly once - also with several matchers running at the same time.
 */
@IntegrationTest
class LimitOrderMatchingTest {

	@Autowired
	OrderService orders;

	@Autowired
	OrderQueries queries;

	@Autowired
	CashService cash;

	@Autowired
	UserService users;

	@Autowired
	TestPrices prices;

	@AfterEach
	void release() {
		prices.release("SOL");
	}

	@Test
	void aLimitBuyFillsWhenThePriceFallsToItsLimitAndReturnsTheUnusedHold() {
		String user = funded("lbuy", "1000");
		prices.pin("SOL", "100.00");
		Order order = orders.place(user, PlaceOrder.of("limit_buy", "SOL", "5", "90", null)).order();
		assertThat(cash.balance(user).held()).isEqualByComparingTo("450.00");

		prices.pin("SOL", "90.01");
		orders.matchLimitOrders();
		assertThat(queries.get(user, order.id()).status()).isEqualTo(OrderStatus.PENDING);

		prices.pin("SOL", "85.50");
		orders.matchLimitOrders();
		Order filled = queries.get(user, order.id());
		assertThat(filled.status()).isEqualTo(OrderStatus.COMPLETED);
		assertThat(filled.price()).isEqualByComparingTo("85.50");
		assertThat(filled.total()).isEqualByComparingTo("427.50");
		assertThat(filled.filledAt()).isNotNull();
		assertThat(cash.balance(user).balance()).isEqualByComparingTo("572.50");
		assertThat(cash.balance(user).held()).isEqualByComparingTo("0.00");
		assertThat(queries.holding(user, "SOL").orElseThrow().quantity()).isEqualByComparingTo("5");
		assertThat(queries.holding(user, "SOL").orElseThrow().averageCost()).isEqualByComparingTo("85.50");
		assertThat(queries.orders(user, OrderQuery.openOrders("SOL", 10)).orders()).isEmpty();
		TradingInvariants.assertHold(cash, queries, user);
	}

	@Test
	void aLimitSellFillsWhenThePriceRisesToItsLimit() {
		String user = funded("lsell", "1000");
		prices.pin("SOL", "100.00");
		orders.place(user, PlaceOrder.of("market_buy", "SOL", "4", null, null));
		Order order = orders.place(user, PlaceOrder.of("limit_sell", "SOL", "3", "110", null)).order();
		assertThat(queries.holding(user, "SOL").orElseThrow().available()).isEqualByComparingTo("1");

		prices.pin("SOL", "109.99");
		orders.matchLimitOrders();
		assertThat(queries.get(user, order.id()).isPending()).isTrue();

		prices.pin("SOL", "112.00");
		orders.matchLimitOrders();
		Order filled = queries.get(user, order.id());
		assertThat(filled.status()).isEqualTo(OrderStatus.COMPLETED);
		assertThat(filled.total()).isEqualByComparingTo("336.00");
		Holding holding = queries.holding(user, "SOL").orElseThrow();
		assertThat(holding.quantity()).isEqualByComparingTo("1");
		assertThat(holding.heldQuantity()).isEqualByComparingTo("0");
		assertThat(holding.averageCost()).as("unchanged by sells").isEqualByComparingTo("100");
		assertThat(cash.balance(user).balance()).isEqualByComparingTo("936.00");
		TradingInvariants.assertHold(cash, queries, user);
	}

	@Test
	void manyOrdersAreFilledExactlyOnceByMatchersRunningAtTheSameTime() throws Exception {
		String user = funded("twice", "5000");
		prices.pin("SOL", "100.00");
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			ids.add(orders.place(user, PlaceOrder.of("limit_buy", "SOL", "1", "95", null)).order().id());
		}
		prices.pin("SOL", "94.00");
		List<Integer> filled = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Integer>> runs = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				runs.add(pool.submit(orders::matchLimitOrders));
			}
			for (Future<Integer> run : runs) {
				filled.add(run.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		orders.matchLimitOrders();

		assertThat(filled.stream().mapToInt(Integer::intValue).sum()).as("fills over all matchers").isEqualTo(12);
		for (String id : ids) {
			assertThat(queries.get(user, id).status()).isEqualTo(OrderStatus.COMPLETED);
		}
		List<LedgerEntry> payments = new ArrayList<>();
		cash.forEachEntry(user, new LedgerQuery(LedgerType.ORDER_PAYMENT, null, null, null, 100), payments::add);
		assertThat(payments).hasSize(12);
		assertThat(queries.holding(user, "SOL").orElseThrow().quantity()).isEqualByComparingTo("12");
		assertThat(cash.balance(user).balance())
			.isEqualByComparingTo(new BigDecimal("5000").subtract(new BigDecimal("1128")));
		TradingInvariants.assertHold(cash, queries, user);
	}

	@Test
	void aCancelledOrderIsNeverFilled() {
		String user = funded("cxl", "1000");
		prices.pin("SOL", "100.00");
		Order order = orders.place(user, PlaceOrder.of("limit_buy", "SOL", "1", "99", null)).order();
		orders.cancel(user, order.id());
		prices.pin("SOL", "50.00");
		orders.matchLimitOrders();
		assertThat(queries.get(user, order.id()).status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(cash.balance(user).balance()).isEqualByComparingTo("1000");
		assertThat(queries.holding(user, "SOL")).isEmpty();
		TradingInvariants.assertHold(cash, queries, user);
	}

	String funded(String prefix, String amount) {
		String user = UserMother.uniqueUsername(prefix);
		users.register(UserMother.registration(user), "127.0.0.1");
		cash.deposit(user, amount);
		return user;
	}

}
