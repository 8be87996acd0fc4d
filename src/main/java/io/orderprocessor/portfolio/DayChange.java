package io.orderprocessor.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * The change a user actually had over the last 24 hours: for a holding acquired within
 * the period, from what it cost; for an older one, from its value at the price 24 h ago.
 * Pure arithmetic on exact decimals, money to the cent (half-even) and percentages with
 * two decimals (half-even).
 *
 * @param amount the value now less {@code base}
 * @param base what the change is measured from: the cost of holdings acquired within the
 * period plus the value 24 h ago of the others
 * @param percent {@code amount} in percent of {@code base}, null when the base is 0
 */
public record DayChange(BigDecimal amount, BigDecimal base, BigDecimal percent) {

	/** The period: the last 24 hours. */
	public static final Duration PERIOD = Duration.ofHours(24);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** No holdings, no change. */
	public static final DayChange NONE = new DayChange(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), null);

	/**
	 * One holding's change.
	 * @param quantity how much is held now
	 * @param costBasis what it cost (quantity times average cost, to the cent)
	 * @param acquiredAt when the position was opened (null: long ago)
	 * @param price the price now
	 * @param priceChange24h how much the price moved over 24 h (null: unknown, taken as
	 * none)
	 */
	public static DayChange of(BigDecimal quantity, BigDecimal costBasis, Instant acquiredAt, BigDecimal price,
			BigDecimal priceChange24h, Instant now) {
		BigDecimal value = money(quantity.multiply(price));
		BigDecimal base;
		if (acquiredAt != null && acquiredAt.isAfter(now.minus(PERIOD))) {
			base = costBasis.setScale(2, RoundingMode.HALF_EVEN);
		}
		else {
			BigDecimal dayAgoPrice = priceChange24h == null ? price : price.subtract(priceChange24h);
			base = money(quantity.multiply(dayAgoPrice));
		}
		return between(base, value);
	}

	/** Two changes together: amounts and bases add up, the percent follows. */
	public DayChange plus(DayChange other) {
		return between(base.add(other.base), base.add(amount).add(other.base).add(other.amount));
	}

	private static DayChange between(BigDecimal base, BigDecimal value) {
		BigDecimal amount = value.subtract(base);
		return new DayChange(amount, base,
				base.signum() == 0 ? null : amount.multiply(HUNDRED).divide(base, 2, RoundingMode.HALF_EVEN));
	}

	private static BigDecimal money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_EVEN);
	}

}
