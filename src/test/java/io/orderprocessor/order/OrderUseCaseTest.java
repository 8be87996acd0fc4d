package io.orderprocessor.order;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.orderprocessor.platform.web.InvalidFieldsException;
import io.orderprocessor.support.StoreCalls;
import io.orderprocessor.support.TestPrices;
import io.orderprocessor.user.CashService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The order rules through {@link OrderService} (place, preview, cancel, the limit-order
 * matcher) on the in-memory store, with the real cash and inventory services.
 */
class OrderUseCaseTest {

	final OrderModuleOnFakes module = new OrderModuleOnFakes();

	final OrderService orders = module.orders;

	final OrderQueries queries = module.queries;

	final CashService cash = module.cash;

	final TestPrices prices = module.prices;

	/**
	 * Over the cash, the shortfall is named; over the limit per order (and the cash), the
	 * limit is: it is checked before the cash.
	 */
	@ParameterizedTest(name = "{0} BTC: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			0.2 | Insufficient balance: available $5,000.00, required $9,000.00
			0.3 | Order value $13,500.00 is over the limit of $10,000.00 per order
			""")
	void aMarketBuyBreakingARuleIsRefusedWithTheRuleAndChangesNothing(String quantity, String rule) {
		String user = funded("refused", "5000");
		prices.pin("BTC", "45000.00");

		assertThatThrownBy(() -> orders.place(user, PlaceOrder.of("market_buy", "BTC", quantity, null, null)))
			.isInstanceOf(OrderRuleException.class)
			.hasMessage(rule);
		assertThat(cash.balance(user).balance()).isEqualByComparingTo("5000");
		assertThat(queries.orders(user, OrderQuery.latest(10)).totalCount()).isZero();
		assertThat(queries.holdings(user)).isEmpty();
	}

	@Test
	void anInactiveAssetIsNotTradable() {
		String user = funded("inactive", "1000");

		assertThatThrownBy(() -> orders.place(user, PlaceOrder.of("market_buy", "FTT", "1", null, null)))
			.isInstanceOfSatisfying(InvalidFieldsException.class,
					ex -> assertThat(ex.violations().get(0).message()).isEqualTo("FTT is not tradable at the moment"));
	}

	@Test
	void thePreviewNamesTheRuleThatPlacementRefusesAndPlacesNothing() {
		String user = funded("preview", "5000");
		prices.pin("BTC", "45000.00");

		OrderPreview refused = queries.preview(user, PlaceOrder.of("market_buy", "BTC", "0.2", null, null));
		OrderPreview fine = queries.preview(user, PlaceOrder.of("market_buy", "BTC", "0.1", null, null));

		assertThat(refused.isValid()).isFalse();
		assertThat(refused.problems()).extracting(problem -> problem.message())
			.contains("Insufficient balance: available $5,000.00, required $9,000.00");
		assertThat(fine.isValid()).as(String.valueOf(fine.problems())).isTrue();
		assertThat(fine.total()).isEqualByComparingTo("4500.00");
		assertThat(fine.cashAfter()).isEqualByComparingTo("500.00");
		assertThat(queries.orders(user, OrderQuery.latest(10)).totalCount()).isZero();
		assertThat(cash.balance(user).balance()).isEqualByComparingTo("5000");
	}

	@Test
	void sellingMoreThanTheHoldingIsRefusedAndTheHoldingNeverGoesNegative() {
		String user = funded("oversell", "1000");
		prices.pin("ETH", "2500.00");
		orders.place(user, PlaceOrder.of("market_buy", "ETH", "0.2", null, null));

		assertThatThrownBy(() -> orders.place(user, PlaceOrder.of("market_sell", "ETH", "0.20000001", null, null)))
			.isInstanceOf(OrderRuleException.class)
			.hasMessage("Insufficient holding: available 0.2 ETH, requested 0.20000001 ETH");
		assertThatThrownBy(() -> orders.place(user, PlaceOrder.of("market_sell", "BTC", "0.01", null, null)))
			.as("none held")
			.isInstanceOf(OrderRuleException.class);
		assertThat(queries.holding(user, "ETH").orElseThrow().quantity()).isEqualByComparingTo("0.2");
		TradingInvariants.assertHold(cash, queries, user);
	}

	@Test
	void aRepeatedIdempotencyKeyPlacesNothingNewAndAnswersTheFirstOrder() {
		String user = funded("again", "1000");
		prices.pin("ETH", "2500.00");

		Placement first = orders.place(user, PlaceOrder.of("market_buy", "ETH", "0.1", null, "key-1"));
		Placement second = orders.place(user, PlaceOrder.of("market_buy", "ETH", "0.1", null, "key-1"));

		assertThat(first.replayed()).isFalse();
		assertThat(second.replayed()).isTrue();
		assertThat(second.order().id()).isEqualTo(first.order().id());
		assertThat(queries.orders(user, OrderQuery.latest(10)).totalCount()).isEqualTo(1);
		assertThat(cash.balance(user).balance()).isEqualByComparingTo("750.00");
	}

	@Test
	void filledOrdersCannotBeCancelledAndOthersOrdersAreNotFound() {
		String user = funded("cancel", "1000");
		String other = funded("other", "1000");
		prices.pin("ETH", "2500.00");
		Order filled = orders.place(user, PlaceOrder.of("market_buy", "ETH", "0.1", null, null)).order();
		Order pending = orders.place(user, PlaceOrder.of("limit_buy", "ETH", "0.1", "2000", null)).order();

		assertThatThrownBy(() -> orders.cancel(user, filled.id())).isInstanceOf(OrderNotPendingException.class);
		assertThatThrownBy(() -> orders.cancel(other, pending.id())).isInstanceOf(OrderNotFoundException.class);
		assertThat(orders.cancel(user, pending.id()).status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(cash.balance(user).held()).isEqualByComparingTo("0");
		TradingInvariants.assertHold(cash, queries, user);
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
		String user = holdingFourSolBoughtAt100("lsell");
		Order order = orders.place(user, PlaceOrder.of("limit_sell", "SOL", "3", "110", null)).order();
		assertThat(queries.holding(user, "SOL").orElseThrow().available()).isEqualByComparingTo("1");

		prices.pin("SOL", "109.99");
		orders.matchLimitOrders();
		assertThat(queries.get(user, order.id()).isPending()).isTrue();

		prices.pin("SOL", "112.00");
		orders.matchLimitOrders();
		assertSoldSol(user, queries.get(user, order.id()), "336.00", "1", "936.00");
		assertThat(queries.holding(user, "SOL").orElseThrow().averageCost()).as("unchanged by sells")
			.isEqualByComparingTo("100");
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

	@Test
	void aLimitBuyTheMarketAlreadyCrossesFillsAtOnceAtTheMarketPriceInTheSameWriteAsAMarketBuy() {
		String user = funded("crossbuy", "100");
		prices.pin("DOGE", "0.0938");
		StoreCalls marketCalls = StoreCalls.since(module.meters);
		orders.place(user, PlaceOrder.of("market_buy", "DOGE", "10", null, null));
		double marketReads = marketCalls.reads();

		StoreCalls calls = StoreCalls.since(module.meters);
		Placement placed = orders.place(user, PlaceOrder.of("limit_buy", "DOGE", "50", "1.00", null));

		Order order = placed.order();
		assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
		assertThat(order.type()).isEqualTo(OrderType.LIMIT_BUY);
		assertThat(order.limitPrice()).isEqualByComparingTo("1.00");
		assertThat(order.price()).as("the market price, not the limit").isEqualByComparingTo("0.0938");
		assertThat(order.total()).isEqualByComparingTo("4.69");
		assertThat(order.held()).isEqualByComparingTo("0");
		assertThat(order.filledAt()).isNotNull();
		assertThat(calls.of("write")).as("one atomic write").isEqualTo(1.0);
		assertThat(calls.reads()).as("as a market buy: " + calls.made()).isLessThanOrEqualTo(marketReads);
		assertThat(cash.balance(user).balance()).isEqualByComparingTo("94.37");
		assertThat(cash.balance(user).held()).isEqualByComparingTo("0");
		assertThat(queries.holding(user, "DOGE").orElseThrow().quantity()).isEqualByComparingTo("60");
		assertThat(queries.orders(user, OrderQuery.openOrders("DOGE", 10)).orders()).isEmpty();
		assertThat(module.user.events)
			.anySatisfy(event -> assertThat(event).isEqualTo(new OrderEvents.OrderFilled(order, false)));
		TradingInvariants.assertHold(cash, queries, user);
	}

	@Test
	void aLimitSellTheMarketAlreadyCrossesFillsAtOnceAtTheMarketPrice() {
		String user = holdingFourSolBoughtAt100("crosssell");

		StoreCalls calls = StoreCalls.since(module.meters);
		Order order = orders.place(user, PlaceOrder.of("limit_sell", "SOL", "3", "90", null)).order();

		assertThat(order.price()).isEqualByComparingTo("100.00");
		assertThat(calls.of("write")).isEqualTo(1.0);
		assertSoldSol(user, order, "300.00", "1", "900.00");
	}

	/**
	 * A sell of SOL filled for {@code total}, leaving {@code left} of the holding (none
	 * of it held) and {@code balance} in cash, with the trading invariants holding.
	 */
	private void assertSoldSol(String user, Order order, String total, String left, String balance) {
		assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
		assertThat(order.total()).isEqualByComparingTo(total);
		Holding holding = queries.holding(user, "SOL").orElseThrow();
		assertThat(holding.quantity()).isEqualByComparingTo(left);
		assertThat(holding.heldQuantity()).as("nothing held").isEqualByComparingTo("0");
		assertThat(cash.balance(user).balance()).isEqualByComparingTo(balance);
		TradingInvariants.assertHold(cash, queries, user);
	}

	@Test
	void aLimitExactlyAtTheMarketFillsNowAndOneACentAwayWaits() {
		String user = funded("atmarket", "1000");
		prices.pin("SOL", "100.00");

		assertThat(orders.place(user, PlaceOrder.of("limit_buy", "SOL", "1", "100.00", null)).order().status())
			.isEqualTo(OrderStatus.COMPLETED);
		Order waits = orders.place(user, PlaceOrder.of("limit_buy", "SOL", "1", "99.99", null)).order();
		assertThat(waits.status()).isEqualTo(OrderStatus.PENDING);
		assertThat(waits.price()).isNull();
		assertThat(cash.balance(user).held()).isEqualByComparingTo("99.99");
		assertThat(orders.place(user, PlaceOrder.of("limit_sell", "SOL", "1", "100.01", null)).order().status())
			.isEqualTo(OrderStatus.PENDING);
		TradingInvariants.assertHold(cash, queries, user);
	}

	@Test
	void thePreviewOfALimitTheMarketCrossesShowsTheFillAtTheMarketPrice() {
		String user = funded("crosspreview", "100");
		prices.pin("DOGE", "0.0938");

		OrderPreview preview = queries.preview(user, PlaceOrder.of("limit_buy", "DOGE", "50", "1.00", null));

		assertThat(preview.isValid()).as(String.valueOf(preview.problems())).isTrue();
		assertThat(preview.fillsNow()).isTrue();
		assertThat(preview.waits()).isFalse();
		assertThat(preview.price()).isEqualByComparingTo("0.0938");
		assertThat(preview.limitPrice()).isEqualByComparingTo("1.00");
		assertThat(preview.total()).isEqualByComparingTo("4.69");
		assertThat(preview.cashAfter()).isEqualByComparingTo("95.31");
		assertThat(preview.warning()).as("a limit far above the market may be a typo")
			.isEqualTo("Limit price is more than 10% above the market price of $0.0938");
	}

	@Test
	void anOrderShowsItsFillPriceOrWhileItWaitsItsLimit() {
		String user = funded("shown", "1000");
		prices.pin("DOGE", "0.0943672");
		Order filled = orders.place(user, PlaceOrder.of("market_buy", "DOGE", "5000", null, null)).order();
		Order waiting = orders.place(user, PlaceOrder.of("limit_buy", "DOGE", "50", "0.05", null)).order();
		Order market = orders.place(user, PlaceOrder.of("market_buy", "DOGE", "10", null, null)).order();

		assertThat(module.format.orderPrice(filled)).isEqualTo("$0.0943672");
		assertThat(filled.total()).as("what the shown price times 5000 gives").isEqualByComparingTo("471.84");
		assertThat(module.format.orderPrice(waiting)).isEqualTo("limit $0.0500");
		assertThat(module.format.orderPrice(orders.cancel(user, waiting.id()))).isEqualTo("limit $0.0500");
		assertThat(module.format.orderPrice(market)).isEqualTo("$0.0943672");
		assertThat(module.format.summary(waiting)).isEqualTo("Buy 50 DOGE at $0.0500 or less");
	}

	@Test
	void aPositionIsAcquiredWhenItOpensKeepsThatDateWhenToppedUpAndIsAcquiredAgainAfterSellingOut() {
		String user = funded("acquired", "1000");
		prices.pin("SOL", "100.00");
		orders.place(user, PlaceOrder.of("market_buy", "SOL", "1", null, null));
		Holding opened = queries.holding(user, "SOL").orElseThrow();
		orders.place(user, PlaceOrder.of("market_buy", "SOL", "1", null, null));
		Holding toppedUp = queries.holding(user, "SOL").orElseThrow();
		orders.place(user, PlaceOrder.of("market_sell", "SOL", "2", null, null));
		orders.place(user, PlaceOrder.of("market_buy", "SOL", "1", null, null));
		Holding reopened = queries.holding(user, "SOL").orElseThrow();

		assertThat(opened.acquiredAt()).isEqualTo(opened.createdAt()).isEqualTo(opened.updatedAt());
		assertThat(toppedUp.acquiredAt()).as("a top-up keeps the date").isEqualTo(opened.acquiredAt());
		assertThat(reopened.acquiredAt()).as("opened again when it was bought again")
			.isEqualTo(reopened.updatedAt())
			.isAfterOrEqualTo(toppedUp.updatedAt());
		assertThat(reopened.createdAt()).isEqualTo(opened.createdAt());
	}

	String funded(String prefix, String amount) {
		return module.funded(prefix, amount);
	}

	/**
	 * A user who deposited $1,000 and bought 4 SOL at $100.00 (SOL stays pinned there).
	 */
	String holdingFourSolBoughtAt100(String prefix) {
		String user = funded(prefix, "1000");
		prices.pin("SOL", "100.00");
		orders.place(user, PlaceOrder.of("market_buy", "SOL", "4", null, null));
		return user;
	}

}
