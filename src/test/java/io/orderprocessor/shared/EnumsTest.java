package io.orderprocessor.shared;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.orderprocessor.inventory.HistoryRange;
import io.orderprocessor.inventory.MarketSort;

import static org.assertj.core.api.Assertions.assertThat;

class EnumsTest {

	@Test
	void byCodeReadsTheCodeInEitherCaseWithSpaceAround() {
		assertThat(Enums.byCode(HistoryRange.values(), HistoryRange::code, " 7D ")).contains(HistoryRange.D7);
		assertThat(MarketSort.parse("cap")).contains(MarketSort.MARKET_CAP);
	}

	@Test
	void byCodeFindsNothingForNullOrAnUnknownCode() {
		assertThat(Enums.byCode(HistoryRange.values(), HistoryRange::code, null)).isEqualTo(Optional.empty());
		assertThat(HistoryRange.parse("2d")).isEmpty();
		assertThat(MarketSort.parse("MARKET_CAP")).isEmpty();
	}

}
