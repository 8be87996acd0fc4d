package io.orderprocessor.inventory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import io.orderprocessor.shared.DecimalFormats;
import io.orderprocessor.shared.Money;
import io.orderprocessor.shared.Timestamps;

/**
 * How market figures read on pages ({@code ${@marketFormat.price(x)}} in templates): unit
 * prices with every decimal they carry, big figures compact ({@code $1.23B}), changes
 * with a sign.
 */
@Component("marketFormat")
public class MarketFormat {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);

	/** A unit price by {@link Money#price}: every decimal it carries. */
	public String price(BigDecimal price) {
		return price == null ? "-" : Money.price(price);
	}

	/** Market caps and volumes: {@code $880.12B}. */
	public String compact(BigDecimal amount) {
		if (amount == null) {
			return "-";
		}
		String[] units = { "", "K", "M", "B", "T" };
		BigDecimal value = amount.abs();
		int unit = 0;
		while (unit < units.length - 1 && value.compareTo(THOUSAND) >= 0) {
			value = value.divide(THOUSAND);
			unit++;
		}
		return (amount.signum() < 0 ? "-$" : "$") + format(unit == 0 ? "#,##0" : "#,##0.00", value) + units[unit];
	}

	/** Supplies: whole units with separators. */
	public String quantity(BigDecimal quantity) {
		return quantity == null ? "-" : format("#,##0", quantity);
	}

	/** {@code +2.34%}, {@code -0.50%}. */
	public String percent(BigDecimal percent) {
		if (percent == null) {
			return "-";
		}
		return (percent.signum() > 0 ? "+" : percent.signum() < 0 ? "-" : "")
				+ format("0.00", percent.abs().setScale(2, RoundingMode.HALF_EVEN)) + "%";
	}

	/** The CSS class of a change: {@code gain}, {@code loss} or {@code flat}. */
	public String direction(BigDecimal change) {
		return change == null || change.signum() == 0 ? "flat" : change.signum() > 0 ? "gain" : "loss";
	}

	/** An arrow that says the same as the colour. */
	public String arrow(BigDecimal change) {
		return change == null || change.signum() == 0 ? "\u25AC" : change.signum() > 0 ? "\u25B2" : "\u25BC";
	}

	public String time(Instant instant) {
		return instant == null ? "-" : TIME.format(instant);
	}

	public String dateTime(Instant instant) {
		return instant == null ? "-" : Timestamps.format(instant);
	}

	private static String format(String pattern, BigDecimal value) {
		return DecimalFormats.format(pattern, value);
	}

}
