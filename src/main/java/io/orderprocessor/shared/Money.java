package io.orderprocessor.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Dollar amounts as people read them: {@code $12,345.67}, {@code -$5.00}; unit prices by
 * {@link #price}.
 */
public final class Money {

	/** The most decimals a unit price shows (beyond any source's precision). */
	static final int MAX_PRICE_DECIMALS = 12;

	private static final BigDecimal CENT = new BigDecimal("0.01");

	private Money() {
	}

	/**
	 * A unit price, the one rule for every page: at least two decimals
	 * ({@code $45,000.00}) or four below $1 ({@code $0.5000}), and every further decimal
	 * the price carries (up to {@value #MAX_PRICE_DECIMALS}), so the price shown times a
	 * quantity gives the total charged for it to the cent: 5000 DOGE at
	 * {@code $0.0943672} cost {@code $471.84}, not "at $0.0944". Trailing zeros beyond
	 * the minimum are left out.
	 */
	public static String price(BigDecimal price) {
		BigDecimal abs = price.abs();
		int minimum = abs.compareTo(BigDecimal.ONE) >= 0 || abs.compareTo(CENT) < 0 && abs.signum() != 0 ? 2 : 4;
		BigDecimal exact = abs.stripTrailingZeros();
		int decimals = Math.min(MAX_PRICE_DECIMALS, Math.max(minimum, exact.scale()));
		StringBuilder pattern = new StringBuilder("#,##0.");
		pattern.append("0".repeat(minimum)).append("#".repeat(decimals - minimum));
		return (price.signum() < 0 ? "-$" : "$") + DecimalFormats.format(pattern.toString(), abs);
	}

	public static String format(BigDecimal amount) {
		return (amount.signum() < 0 ? "-$" : "$") + DecimalFormats.format("#,##0.00", amount.abs());
	}

	/** With a sign always: {@code +$100.00}, {@code -$5.00}. */
	public static String signed(BigDecimal amount) {
		return (amount.signum() >= 0 ? "+" : "") + format(amount);
	}

	/** The API's form: a plain string with two decimals, {@code "1000.00"}. */
	public static String plain(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
	}

}
