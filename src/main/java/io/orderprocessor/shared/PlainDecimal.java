package io.orderprocessor.shared;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A decimal as a form or the API gives it: digits with an optional sign and point, no
 * exponent, grouping or currency sign ({@code 12}, {@code -0.5}, {@code .25}).
 */
public final class PlainDecimal {

	private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

	private PlainDecimal() {
	}

	/**
	 * The trimmed text as an exact decimal; empty when it is longer than
	 * {@code maxLength} or not a plain decimal.
	 */
	public static Optional<BigDecimal> parse(String text, int maxLength) {
		String trimmed = text.trim();
		if (trimmed.length() > maxLength || !PLAIN.matcher(trimmed).matches()) {
			return Optional.empty();
		}
		return Optional.of(new BigDecimal(trimmed));
	}

}
