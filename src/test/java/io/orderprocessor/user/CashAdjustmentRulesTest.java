package io.orderprocessor.user;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import io.orderprocessor.platform.web.InvalidFieldsException.FieldViolation;
import io.orderprocessor.platform.web.Messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The amount of an admin's cash adjustment, without Spring: a sign, then the rules of a
 * deposit's amount, reported with the adjustment's messages.
 */
class CashAdjustmentRulesTest {

	final Messages texts = new Messages(messages());

	final CashService cash = new CashService(null, null, new UserRules(texts, UserRulesTest.TODAY), texts, null, null,
			null, null);

	@ParameterizedTest
	@CsvSource({ "125.5, 125.50", "-25.50, -25.50", "+10, 10.00", "'$1,000', 1000.00", "' 7 ', 7.00",
			"1000000, 1000000.00", "-1000000, -1000000.00" })
	void signedAmountsWithAtMostTwoDecimals(String raw, String expected) {
		List<FieldViolation> violations = new ArrayList<>();

		assertThat(cash.adjustment(raw, violations)).isEqualTo(new BigDecimal(expected));
		assertThat(violations).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "0|The amount cannot be zero", "-0.00|The amount cannot be zero",
					"12.345|Enter an amount in dollars with at most 2 decimals, e.g. 25.00 or -10.50",
					"ten|Enter an amount in dollars with at most 2 decimals, e.g. 25.00 or -10.50",
					"1e3|Enter an amount in dollars with at most 2 decimals, e.g. 25.00 or -10.50",
					"--5|Enter an amount in dollars with at most 2 decimals, e.g. 25.00 or -10.50",
					"-|Enter an amount in dollars with at most 2 decimals, e.g. 25.00 or -10.50",
					"1000000.01|The amount can be at most $1,000,000.00 either way",
					"-2000000|The amount can be at most $1,000,000.00 either way" })
	void amountsBreakingARule(String raw, String message) {
		List<FieldViolation> violations = new ArrayList<>();

		assertThat(cash.adjustment(raw, violations)).isNull();
		assertThat(violations).extracting(FieldViolation::field, FieldViolation::message)
			.containsExactly(tuple("amount", message));
	}

	@ParameterizedTest
	@CsvSource(value = { "''", "'   '" })
	void anAmountIsRequired(String raw) {
		List<FieldViolation> violations = new ArrayList<>();

		assertThat(cash.adjustment(raw, violations)).isNull();
		assertThat(violations).extracting(FieldViolation::type).containsExactly("missing");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages", "i18n/user", "i18n/admin");
		source.setDefaultEncoding("UTF-8");
		return source;
	}

}
