package io.orderprocessor.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.support.TestPrices;
import io.orderprocessor.support.Traders;
import io.orderprocessor.user.CashService;
import io.orderprocessor.user.LedgerEntry;
import io.orderprocessor.user.LedgerQuery;
import io.orderprocessor.user.LedgerType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limit orders fill exactly once with several matchers running at the same time on the
 * real store. How one fills (at the market price when it crosses the limit, never once
 * cancelled) is a use-case test on the in-memory store ({@link OrderUseCaseTest}).
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
	Traders traders;

	@Autowired
	TestPrices prices;

	@Test
	void manyOrdersAreFilledExactlyOnceByMatchersRunningAtTheSameTime() throws Exception {
		String user = traders.funded("twice", "5000");
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

}
