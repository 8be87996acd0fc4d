package io.orderprocessor.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import io.orderprocessor.inventory.Asset;
import io.orderprocessor.inventory.InventoryService;
import io.orderprocessor.inventory.MarketFormat;
import io.orderprocessor.platform.web.InvalidFieldsException.FieldViolation;
import io.orderprocessor.platform.web.InvalidFieldsException;
import io.orderprocessor.platform.web.Messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The plan of an order, without Spring or a store: quantities, prices, totals, holds and
 * every rule that needs a price, a holding or the user module's cash answer, with the
 * messages of {@code i18n/order.properties}.
 */
class OrderPlannerTest {

	static final Asset BTC = asset("BTC", true);

	static final Asset DOGE = asset("DOGE", true);

	static final Asset OLD = asset("OLD", false);

	static final Map<String, Asset> ASSETS = Map.of("BTC", BTC, "DOGE", DOGE, "OLD", OLD);

	final Messages texts = new Messages(messages());

	final OrderRules rules = new OrderRules(texts, inventory());

	final OrderPlanner planner = new OrderPlanner(texts, new MarketFormat());

	static final BigDecimal BTC_PRICE = new BigDecimal("50000.00");

	@Test
	void marketBuyPaysTheMarketPriceRoundedUpToTheCentAndHoldsNothing() {
		OrderPlan plan = planner.plan(check("market_buy", "BTC", "0.001", null, null), new BigDecimal("123.45"), null);

		assertThat(plan.price()).isEqualByComparingTo("123.45");
		assertThat(plan.quantity()).isEqualByComparingTo("0.001");
		assertThat(plan.total()).isEqualTo(new BigDecimal("0.13")); // 0.12345 rounded up
		assertThat(plan.hold()).isEqualTo(new BigDecimal("0.00"));
		assertThat(plan.cashDelta()).isEqualTo(new BigDecimal("-0.13"));
		assertThat(plan.heldCashDelta()).isZero();
		assertThat(plan.isValid()).isTrue();
	}

	@Test
	void marketBuyByAmountBuysTheQuantityRoundedDownToEightDecimals() {
		OrderPlan plan = planner.plan(check("market_buy", "BTC", null, null, "100"), new BigDecimal("30000.00"), null);

		assertThat(plan.quantity()).isEqualTo(new BigDecimal("0.00333333"));
		assertThat(plan.total()).isEqualTo(new BigDecimal("100.00")); // 99.9999 rounded
																		// up
	}

	@Test
	void anAmountTooSmallForTheMinimumQuantityIsRefusedOnTheAmount() {
		OrderPlan plan = planner.plan(check("market_buy", "BTC", null, null, "1"), BTC_PRICE, null);

		assertThat(plan.violations())
			.containsExactly(new FieldViolation("amount", "Quantity must be at least 0.001", "greater_than_equal"));
		assertThatThrownBy(plan::requireValid).isInstanceOf(OrderRuleException.class)
			.hasMessage("Quantity must be at least 0.001")
			.extracting(ex -> ((OrderRuleException) ex).field())
			.isEqualTo("amount");
	}

	@Test
	void marketSellReceivesTheMarketPriceRoundedDown() {
		OrderPlan plan = planner.plan(check("market_sell", "BTC", "0.001", null, null), new BigDecimal("123.45"),
				new BigDecimal("1"));

		assertThat(plan.total()).isEqualTo(new BigDecimal("0.12")); // 0.12345 rounded
																	// down
		assertThat(plan.cashDelta()).isEqualTo(new BigDecimal("0.12"));
		assertThat(plan.holdingAvailable()).isEqualByComparingTo("1");
		assertThat(plan.holdingAfter()).isEqualByComparingTo("0.999");
		assertThat(plan.cashAvailable()).isNull();
		assertThat(plan.isValid()).isTrue();
	}

	@Test
	void limitBuyHoldsItsCostAtTheLimit() {
		OrderPlan plan = planner.plan(check("limit_buy", "BTC", "0.1", "40000.01", null), BTC_PRICE, null);

		assertThat(plan.price()).isEqualByComparingTo("40000.01");
		assertThat(plan.total()).isEqualTo(new BigDecimal("4000.01")); // 4000.001 rounded
																		// up
		assertThat(plan.hold()).isEqualTo(plan.total());
		assertThat(plan.cashDelta()).isZero();
		assertThat(plan.heldCashDelta()).isEqualTo(new BigDecimal("4000.01"));
		assertThat(plan.warning()).isNull();
		Order order = plan.toOrder("ord_x", "trader", Instant.EPOCH);
		assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
		assertThat(order.limitPrice()).isEqualByComparingTo("40000.01");
		assertThat(order.price()).isNull();
		assertThat(order.held()).isEqualTo(new BigDecimal("4000.01"));
	}

	@Test
	void limitBuyFarAboveTheMarketIsWarnedOfButAllowed() {
		OrderPlan plan = planner.plan(check("limit_buy", "BTC", "0.1", "55000.01", null), BTC_PRICE, null);

		assertThat(plan.warning()).isEqualTo("Limit price is more than 10% above the market price of $50,000.00");
		assertThat(plan.isValid()).isTrue();
	}

	@Test
	void limitSellHoldsItsQuantityAndMovesNoCash() {
		OrderPlan plan = planner.plan(check("limit_sell", "BTC", "0.2", "60000", null), BTC_PRICE,
				new BigDecimal("0.5"));

		assertThat(plan.total()).isEqualTo(new BigDecimal("12000.00"));
		assertThat(plan.hold()).isEqualByComparingTo("0.2");
		assertThat(plan.movesCash()).isFalse();
		assertThat(plan.violations()).extracting(FieldViolation::message)
			.containsExactly("Order value $12,000.00 is over the limit of $10,000.00 per order");
	}

	@Test
	void anOrderWorthMoreThanTheLimitIsRefused() {
		OrderPlan plan = planner.plan(check("market_buy", "BTC", "0.27", null, null), BTC_PRICE, null);

		assertThatThrownBy(plan::requireValid).isInstanceOf(OrderRuleException.class)
			.hasMessage("Order value $13,500.00 is over the limit of $10,000.00 per order");
	}

	@Test
	void aBuyTheCashDoesNotCoverIsRefusedWithWhatItRequires() {
		OrderPlan plan = planner.plan(check("market_buy", "BTC", "0.18", null, null), BTC_PRICE, null);

		OrderPlan paid = planner.withCash(plan, new BigDecimal("5000.00"), new BigDecimal("-4000.00"), false);

		assertThat(paid.cashAvailable()).isEqualByComparingTo("5000.00");
		assertThat(paid.cashAfter()).isEqualByComparingTo("-4000.00");
		assertThat(paid.violations()).containsExactly(new FieldViolation("quantity",
				"Insufficient balance: available $5,000.00, required $9,000.00", "insufficient"));
		assertThatThrownBy(paid::requireValid).isInstanceOf(OrderRuleException.class)
			.hasMessage("Insufficient balance: available $5,000.00, required $9,000.00");
	}

	@Test
	void aBuyTheCashCoversIsValid() {
		OrderPlan plan = planner.plan(check("market_buy", "BTC", "0.1", null, null), BTC_PRICE, null);

		OrderPlan paid = planner.withCash(plan, new BigDecimal("5000.00"), new BigDecimal("0.00"), true);

		assertThat(paid.isValid()).isTrue();
		assertThat(paid.toPreview().cashAfter()).isEqualByComparingTo("0.00");
	}

	@Test
	void aSellOfMoreThanTheAvailableHoldingIsRefused() {
		OrderPlan plan = planner.plan(check("market_sell", "BTC", "0.20000001", null, null), new BigDecimal("1000"),
				new BigDecimal("0.2"));

		assertThat(plan.holdingAfter()).isNegative();
		assertThatThrownBy(plan::requireValid).isInstanceOf(OrderRuleException.class)
			.hasMessage("Insufficient holding: available 0.2 BTC, requested 0.20000001 BTC");
	}

	@Test
	void aSellWorthLessThanACentIsRefused() {
		OrderPlan plan = planner.plan(check("market_sell", "DOGE", "0.001", null, null), new BigDecimal("5.00"),
				new BigDecimal("10"));

		assertThat(plan.total()).isEqualTo(new BigDecimal("0.00"));
		assertThat(plan.violations())
			.containsExactly(new FieldViolation("quantity", "Order value must be at least $0.01", "greater_than"));
	}

	@Test
	void anInactiveAssetIsRefusedBeforeAnyPlan() {
		assertThatThrownBy(() -> check("market_buy", "OLD", "1", null, null)).isInstanceOf(InvalidFieldsException.class)
			.satisfies(ex -> assertThat(((InvalidFieldsException) ex).violations()).extracting(FieldViolation::message)
				.containsExactly("OLD is not tradable at the moment"));
	}

	@Test
	void thePreviewShowsThePlan() {
		OrderPlan plan = planner.plan(check("limit_sell", "BTC", "0.1", "50000", null), BTC_PRICE,
				new BigDecimal("0.3"));

		OrderPreview preview = plan.toPreview();

		assertThat(preview.total()).isEqualTo(plan.total());
		assertThat(preview.holdingAfter()).isEqualByComparingTo("0.2");
		assertThat(preview.problems()).isEqualTo(plan.violations());
	}

	private OrderRules.Checked check(String type, String symbol, String quantity, String price, String amount) {
		return rules.check(new PlaceOrder(type, symbol, quantity, price, amount, null));
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages", "i18n/order");
		source.setDefaultEncoding("UTF-8");
		return source;
	}

	private static InventoryService inventory() {
		InventoryService inventory = mock(InventoryService.class);
		when(inventory.find(anyString())).thenAnswer(
				call -> Optional.ofNullable(ASSETS.get(call.<String>getArgument(0).trim().toUpperCase(Locale.ROOT))));
		return inventory;
	}

	private static Asset asset(String symbol, boolean active) {
		return new Asset(symbol, symbol, "Currency", symbol, symbol.toLowerCase(Locale.ROOT), BigDecimal.TEN, 1,
				BigDecimal.ONE, BigDecimal.ONE, null, active);
	}

}
