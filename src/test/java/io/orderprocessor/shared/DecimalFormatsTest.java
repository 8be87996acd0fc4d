package io.orderprocessor.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DecimalFormatsTest {

	static final String[] PATTERNS = { "#,##0", "#,##0.00", "0.00", "#,##0.0000", "#,##0.00##", "#,##0.00##########",
			"#,##0.0000########", "0.###", "#,##0.00;(#,##0.00)" };

	static final String[] VALUES = { "0", "0.004", "0.005", "0.015", "0.5", "1", "12.345", "999.995", "1000",
			"12345.6789", "1234567.125", "1234567.135", "880123456789.99", "0.0000012345", "0.0943672", "45000.00",
			"100.10000", "-0.4", "-1234.565", "7E+3", "1.23E-7" };

	@Test
	void writesEveryFigureAsDecimalFormatWritesIt() {
		for (String pattern : PATTERNS) {
			DecimalFormat reference = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US));
			reference.setRoundingMode(RoundingMode.HALF_EVEN);
			for (String value : VALUES) {
				BigDecimal figure = new BigDecimal(value);
				assertThat(DecimalFormats.format(pattern, figure)).as("%s with %s", value, pattern)
					.isEqualTo(reference.format(figure));
			}
		}
	}

}
