package io.orderprocessor.inventory;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The changes from the all-time high and low, worked out from the price exactly. */
class QuoteTest {

	@Test
	void theChangesFromTheAllTimeHighAndLowAreExactPercentagesRoundedHalfEvenToTwoDecimals() {
		Quote quote = quote("45000.00", "69000.00", "67.81");

		// (45000 - 69000) / 69000 * 100 = -34.78260869...
		assertThat(quote.athChangePercent()).isEqualTo(new BigDecimal("-34.78"));
		// (45000 - 67.81) / 67.81 * 100 = 66261.8935260...
		assertThat(quote.atlChangePercent()).isEqualTo(new BigDecimal("66261.89"));
	}

	@Test
	void atTheHighTheChangeIsZeroAndUnknownFiguresGiveNone() {
		assertThat(quote("0.0938", "0.0938", "0.0001").athChangePercent()).isEqualByComparingTo("0");
		// (0.0100125 - 0.01) / 0.01 * 100 = 0.125 exactly: half-even gives 0.12
		assertThat(quote("0.0100125", "0.02", "0.01").atlChangePercent()).isEqualTo(new BigDecimal("0.12"));
		assertThat(quote("1.00", null, "0").athChangePercent()).isNull();
		assertThat(quote("1.00", null, "0").atlChangePercent()).isNull();
	}

	private static Quote quote(String price, String ath, String atl) {
		return new Quote("X", new BigDecimal(price), null, null, null, null, null, null, null, null,
				ath == null ? null : new BigDecimal(ath), Instant.EPOCH, new BigDecimal(atl), Instant.EPOCH,
				Instant.EPOCH);
	}

}
