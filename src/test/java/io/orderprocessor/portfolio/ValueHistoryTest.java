package io.orderprocessor.portfolio;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.orderprocessor.inventory.PricePoint;
import io.orderprocessor.order.Order;
import io.orderprocessor.order.OrderStatus;
import io.orderprocessor.order.OrderType;
import io.orderprocessor.user.LedgerEntry;
import io.orderprocessor.user.LedgerType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The value of cash and holdings over time, worked back from now through orders and the
 * ledger.
 */
class ValueHistoryTest {

	static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

	static Instant hour(int h) {
		return T0.plus(Duration.ofHours(h));
	}

	static final List<Instant> TIMES = List.of(hour(0), hour(1), hour(2), hour(3), hour(4));

	/** BTC at 100, 110, 120, 130, 140 over the five hours. */
	static final Map<String, List<PricePoint>> PRICES = Map.of("BTC",
			List.of(point(0, "100"), point(1, "110"), point(2, "120"), point(3, "130"), point(4, "140")));

	static PricePoint point(int h, String price) {
		return new PricePoint(hour(h), new BigDecimal(price));
	}

	static Order fill(OrderType type, String quantity, String price, Instant at) {
		BigDecimal total = new BigDecimal(quantity).multiply(new BigDecimal(price));
		return new Order("ord_" + at.toEpochMilli(), "ann", type, "BTC", new BigDecimal(quantity), null,
				new BigDecimal(price), total, BigDecimal.ZERO, OrderStatus.COMPLETED, at, at, at);
	}

	static LedgerEntry entry(String amount, String balanceAfter, Instant at) {
		return new LedgerEntry("e" + at.toEpochMilli(), LedgerType.DEPOSIT, new BigDecimal(amount),
				new BigDecimal(balanceAfter), "", null, at);
	}

	static List<String> values(ValueHistory history) {
		return history.points().stream().map(p -> p.value().toPlainString()).toList();
	}

	@Test
	void depositThenBuyIsCashBeforeAndCashPlusHoldingAfter() {
		// deposit 1000 at 0:30, buy 2 BTC at 110 at 1:30 (cash 780), nothing since
		List<LedgerEntry> ledger = List.of(entry("1000", "1000", hour(0).plusSeconds(1800)),
				entry("-220", "780", hour(1).plusSeconds(1800)));
		List<Order> orders = List.of(fill(OrderType.MARKET_BUY, "2", "110", hour(1).plusSeconds(1800)));

		ValueHistory history = ValueHistory.of(TIMES, Map.of("BTC", new BigDecimal("2")), new BigDecimal("780"), orders,
				true, ledger, true, PRICES);

		assertThat(values(history)).containsExactly("0.00", "1000.00", "1020.00", "1040.00", "1060.00");
		assertThat(history.exactFrom()).isNull();
		assertThat(history.points()).extracting(ValuePoint::time).containsExactlyElementsOf(TIMES);
	}

	@Test
	void aSaleTakesTheHoldingOutAndPutsTheCashIn() {
		// held 3 BTC and 100 cash all along; sold 1 at 125 at 2:30 (cash 225)
		List<LedgerEntry> ledger = List.of(entry("100", "100", hour(0).minusSeconds(60)),
				entry("125", "225", hour(2).plusSeconds(1800)));
		List<Order> orders = List.of(fill(OrderType.MARKET_SELL, "1", "125", hour(2).plusSeconds(1800)),
				fill(OrderType.MARKET_BUY, "3", "90", hour(0).minusSeconds(120)));

		ValueHistory history = ValueHistory.of(TIMES, Map.of("BTC", new BigDecimal("2")), new BigDecimal("225"), orders,
				true, ledger, true, PRICES);

		// 3 × price + 100 until the sale, then 2 × price + 225
		assertThat(values(history)).containsExactly("400.00", "430.00", "460.00", "485.00", "505.00");
	}

	@Test
	void pendingAndCancelledOrdersDoNotMoveTheValue() {
		Order pending = new Order("ord_p", "ann", OrderType.LIMIT_BUY, "BTC", BigDecimal.ONE, new BigDecimal("50"),
				null, new BigDecimal("50"), new BigDecimal("50"), OrderStatus.PENDING, hour(1), null, hour(1));

		ValueHistory history = ValueHistory.of(TIMES, Map.of(), new BigDecimal("500"), List.of(pending), true,
				List.of(entry("500", "500", hour(0).minusSeconds(1))), true, PRICES);

		assertThat(values(history)).containsOnly("500.00");
	}

	@Test
	void whenTheReadListsWereCutTheValueBeforeTheirOldestKeepsThatMomentsHoldings() {
		// only the newest entry and order were read: a buy of 1 BTC at 2:00 leaving 880
		// cash
		List<LedgerEntry> ledger = List.of(entry("-120", "880", hour(2)));
		List<Order> orders = List.of(fill(OrderType.MARKET_BUY, "1", "120", hour(2)));

		ValueHistory history = ValueHistory.of(TIMES, Map.of("BTC", new BigDecimal("3")), new BigDecimal("880"), orders,
				false, ledger, false, PRICES);

		assertThat(history.exactFrom()).isEqualTo(hour(2));
		// before 2:00 nothing is known: the 3 BTC and 880 cash of 2:00, at each hour's
		// price
		assertThat(values(history)).containsExactly("1180.00", "1210.00", "1240.00", "1270.00", "1300.00");
	}

	@Test
	void noHoldingsAndNoCashIsEmpty() {
		ValueHistory history = ValueHistory.of(TIMES, Map.of(), BigDecimal.ZERO, List.of(), true, List.of(), true,
				PRICES);

		assertThat(history.isEmpty()).isTrue();
		assertThat(history.json()).startsWith("{\"t\":[" + hour(0).getEpochSecond() + ",").endsWith(",\"v\":null}");
	}

}
