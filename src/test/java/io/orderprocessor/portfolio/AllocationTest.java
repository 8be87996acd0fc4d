package io.orderprocessor.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.orderprocessor.inventory.Asset;
import io.orderprocessor.inventory.Quote;
import io.orderprocessor.order.Holding;
import io.orderprocessor.user.CashBalance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The allocation bar's slices: colours by place, values for the legend. */
class AllocationTest {

	@Test
	void twelveSlicesGetTwelveDistinctColours() {
		Allocation allocation = Allocation.of(portfolio(12, "0"));

		assertThat(allocation.segments()).hasSize(12);
		assertThat(allocation.segments().stream().map(Allocation.Segment::cssClass).distinct()).hasSize(12);
	}

	@Test
	void assetsWhoseBadgesShareAColourStillGetDistinctSlices() {
		// BTC, ETH and DOGE used to be drawn in the same green (the badge hue of their
		// symbols)
		Portfolio portfolio = portfolioOf(List.of("BTC", "ETH", "DOGE"), "0");

		assertThat(Allocation.of(portfolio).segments()).extracting(Allocation.Segment::cssClass)
			.containsExactly("alloc-0", "alloc-1", "alloc-2");
	}

	@Test
	void cashHasItsOwnColourAndEverySliceCarriesItsValue() {
		Allocation allocation = Allocation.of(portfolio(2, "500.00"));

		assertThat(allocation.segments())
			.extracting(Allocation.Segment::label, Allocation.Segment::cssClass, Allocation.Segment::value)
			.containsExactly(tuple("A0", "alloc-0", new BigDecimal("100.00")),
					tuple("A1", "alloc-1", new BigDecimal("100.00")),
					tuple("Cash", "alloc-cash", new BigDecimal("500.00")));
	}

	@Test
	void aThirteenthSliceStartsThePaletteAgain() {
		Allocation allocation = Allocation.of(portfolio(13, "0"));

		assertThat(allocation.segments().get(12).cssClass()).isEqualTo("alloc-0");
		assertThat(allocation.segments().get(11).cssClass()).isEqualTo("alloc-11");
	}

	private static Portfolio portfolio(int assets, String cash) {
		return portfolioOf(IntStream.range(0, assets).mapToObj(i -> "A" + i).toList(), cash);
	}

	private static Portfolio portfolioOf(List<String> symbols, String cash) {
		BigDecimal value = new BigDecimal("100.00");
		BigDecimal cashBalance = new BigDecimal(cash);
		BigDecimal total = value.multiply(BigDecimal.valueOf(symbols.size())).add(cashBalance);
		BigDecimal share = value.multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_EVEN);
		List<Position> positions = new ArrayList<>();
		for (String symbol : symbols) {
			Asset asset = new Asset(symbol, symbol + " coin", "test", "", symbol.toLowerCase(), BigDecimal.ONE, 1, null,
					null, null, true);
			Holding holding = new Holding(symbol, BigDecimal.ONE, BigDecimal.ZERO, value, Instant.EPOCH, Instant.EPOCH,
					Instant.EPOCH);
			Quote quote = new Quote(symbol, value, null, null, null, null, null, null, null, null, null, null, null,
					null, Instant.EPOCH);
			positions.add(new Position(asset, holding, quote, value, value, BigDecimal.ZERO, BigDecimal.ZERO, share,
					DayChange.NONE));
		}
		BigDecimal cashShare = cashBalance.signum() == 0 ? BigDecimal.ZERO
				: cashBalance.multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_EVEN);
		return new Portfolio(new CashBalance(cashBalance, BigDecimal.ZERO, Instant.EPOCH), positions, total, total,
				BigDecimal.ZERO, BigDecimal.ZERO, total, DayChange.NONE, cashShare);
	}

}
