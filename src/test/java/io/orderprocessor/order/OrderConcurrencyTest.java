package io.orderprocessor.order;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.support.TestPrices;
import io.orderprocessor.user.CashService;

/**
 * 200 mixed requests on one user from 16 threads against one instance: every request
 * succeeds or gets a clear 4xx, and the consistency rules hold afterwards.
 */
@IntegrationTest
class OrderConcurrencyTest {

	@LocalServerPort
	int port;

	@Autowired
	CashService cash;

	@Autowired
	OrderService orders;

	@Autowired
	OrderQueries queries;

	@Autowired
	TestPrices prices;

	@BeforeEach
	void pin() {
		prices.pin("ETH", "2500.00");
	}

	@Test
	void mixedOperationsFrom16ThreadsKeepEveryRule() throws Exception {
		TradingLoad load = TradingLoad.start(new int[] { port }, 16, 200, orders::matchLimitOrders);
		load.assertNoServerErrors();
		TradingInvariants.assertHold(cash, queries, load.username());
	}

}
