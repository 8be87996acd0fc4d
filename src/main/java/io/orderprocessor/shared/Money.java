package io.orderprocessor.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Dollar amounts as people read them: {@code $12,345.67}, {@code -$5.00}. */
public final class Money {

	private Money() {
	}

	public static String format(BigDecimal amount) {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
		format.setRoundingMode(RoundingMode.HALF_EVEN);
		String digits = format.format(amount.abs());
		return (amount.signum() < 0 ? "-$" : "$") + digits;
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
