package io.orderprocessor.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decimal figures in US notation, rounded half-even, by a {@link DecimalFormat} pattern,
 * and written as that format writes them. A page shows hundreds of figures: the patterns
 * the pages use ({@code #,##0}, {@code #,##0.00}, {@code 0.00}, {@code #,##0.00##}, ...)
 * are read once and written by rounding the decimal and grouping its digits, without a
 * format object per figure; any other pattern is parsed once and formatted with a copy (a
 * format is not thread-safe).
 */
public final class DecimalFormats {

	/**
	 * Optional thousands grouping, one integer digit, then required and optional
	 * decimals.
	 */
	private static final Pattern SIMPLE = Pattern.compile("(#,##)?0(?:\\.(0*)(#*))?");

	private static final Map<String, Layout> LAYOUTS = new ConcurrentHashMap<>();

	private DecimalFormats() {
	}

	public static String format(String pattern, BigDecimal value) {
		return LAYOUTS.computeIfAbsent(pattern, Layout::of).format(value);
	}

	/** What a pattern asks for. */
	private record Layout(boolean grouping, int minDecimals, int maxDecimals, DecimalFormat parsed) {

		static Layout of(String pattern) {
			Matcher simple = SIMPLE.matcher(pattern);
			if (!simple.matches()) {
				DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US));
				format.setRoundingMode(RoundingMode.HALF_EVEN);
				return new Layout(false, 0, 0, format);
			}
			int required = simple.group(2) == null ? 0 : simple.group(2).length();
			int optional = simple.group(3) == null ? 0 : simple.group(3).length();
			return new Layout(simple.group(1) != null, required, required + optional, null);
		}

		String format(BigDecimal value) {
			if (this.parsed != null) {
				return ((DecimalFormat) this.parsed.clone()).format(value);
			}
			BigDecimal rounded = value.abs().setScale(this.maxDecimals, RoundingMode.HALF_EVEN);
			if (this.minDecimals < this.maxDecimals) {
				BigDecimal stripped = rounded.stripTrailingZeros();
				rounded = stripped.scale() < this.minDecimals ? rounded.setScale(this.minDecimals) : stripped;
			}
			String plain = rounded.toPlainString();
			int point = plain.indexOf('.');
			int integerDigits = point < 0 ? plain.length() : point;
			StringBuilder out = new StringBuilder(plain.length() + integerDigits / 3 + 1);
			if (value.signum() < 0) {
				out.append('-');
			}
			for (int i = 0; i < integerDigits; i++) {
				if (this.grouping && i > 0 && (integerDigits - i) % 3 == 0) {
					out.append(',');
				}
				out.append(plain.charAt(i));
			}
			return out.append(plain, integerDigits, plain.length()).toString();
		}

	}

}
