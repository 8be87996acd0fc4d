package io.orderprocessor.shared;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlainDecimalTest {

	@ParameterizedTest
	@CsvSource({ "12, 12", "' -0.5 ', -0.5", ".25, 0.25", "+3., 3" })
	void readsPlainDecimalsExactly(String text, BigDecimal value) {
		assertThat(PlainDecimal.parse(text, 24))
			.hasValueSatisfying(read -> assertThat(read).isEqualByComparingTo(value));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "1e3", "1,000", "$5", "abc", "1.2.3", "12345678901" })
	void refusesAnythingElseAndTooLong(String text) {
		assertThat(PlainDecimal.parse(text, 10)).isEmpty();
	}

}
