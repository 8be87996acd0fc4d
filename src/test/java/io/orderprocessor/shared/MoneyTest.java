package io.orderprocessor.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule for unit prices: the price shown times the quantity gives the total. */
class MoneyTest {

	@Test
	void theDogeExampleShowsThePriceTheTotalWasChargedAt() {
		BigDecimal price = new BigDecimal("0.0943672");
		BigDecimal quantity = new BigDecimal("5000");
		BigDecimal cost = quantity.multiply(price).setScale(2, RoundingMode.UP);

		String shown = Money.price(price);

		assertThat(cost).isEqualByComparingTo("471.84");
		assertThat(shown).isEqualTo("$0.0943672").isNotEqualTo("$0.0944");
		assertThat(cost(shown, quantity)).isEqualByComparingTo(cost);
	}

	@ParameterizedTest
	@CsvSource({ "45000, '$45,000.00'", "45000.10, '$45,000.10'", "45123.456, '$45,123.456'", "1, $1.00",
			"0.5, $0.5000", "0.0938, $0.0938", "0.09380000, $0.0938", "0.01, $0.0100", "0.00001234, $0.00001234",
			"0.000000001234567891, $0.000000001235", "-2.5, -$2.50", "0, $0.0000" })
	void atLeastTheUsualDecimalsAndEveryDecimalThePriceCarries(String price, String shown) {
		assertThat(Money.price(new BigDecimal(price))).isEqualTo(shown);
	}

	@ParameterizedTest
	@CsvSource({ "0.0943672, 5000", "0.0943672, 0.123", "0.617329, 1234.5678", "45123.45, 0.00123456",
			"2587.31, 3.86541", "0.00001234, 99999999", "1.2345678, 7.654321" })
	void thePriceShownTimesTheQuantityGivesTheTotalToTheCentBothWays(String price, String quantity) {
		BigDecimal p = new BigDecimal(price);
		BigDecimal q = new BigDecimal(quantity);
		String shown = Money.price(p);

		assertThat(cost(shown, q)).as(shown).isEqualByComparingTo(q.multiply(p).setScale(2, RoundingMode.UP));
		assertThat(proceeds(shown, q)).as(shown).isEqualByComparingTo(q.multiply(p).setScale(2, RoundingMode.DOWN));
	}

	/**
	 * What a reader works out from the page: shown price times quantity, rounded up
	 * (buys).
	 */
	private static BigDecimal cost(String shown, BigDecimal quantity) {
		return read(shown).multiply(quantity).setScale(2, RoundingMode.UP);
	}

	private static BigDecimal proceeds(String shown, BigDecimal quantity) {
		return read(shown).multiply(quantity).setScale(2, RoundingMode.DOWN);
	}

	private static BigDecimal read(String shown) {
		return new BigDecimal(shown.replace("$", "").replace(",", ""));
	}

}
