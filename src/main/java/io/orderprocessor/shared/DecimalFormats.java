package io.orderprocessor.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decimal figures in US notation, rounded half-even, by a {@link DecimalFormat} pattern.
 * A format is not thread-safe and parsing its pattern costs more than the formatting:
 * each pattern is parsed once, and every call formats with a copy.
 */
public final class DecimalFormats {

	private static final Map<String, DecimalFormat> PARSED = new ConcurrentHashMap<>();

	private DecimalFormats() {
	}

	public static String format(String pattern, BigDecimal value) {
		DecimalFormat parsed = PARSED.computeIfAbsent(pattern, DecimalFormats::parse);
		return ((DecimalFormat) parsed.clone()).format(value);
	}

	private static DecimalFormat parse(String pattern) {
		DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US));
		format.setRoundingMode(RoundingMode.HALF_EVEN);
		return format;
	}

}
