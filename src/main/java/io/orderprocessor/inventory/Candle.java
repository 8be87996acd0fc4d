package io.orderprocessor.inventory;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The prices of one time bucket {@code [from, to]}: the first, highest, lowest and last,
 * and the value traded in it.
 *
 * @param volume the USD value traded in the bucket, null when the source does not know
 */
public record Candle(Instant from, Instant to, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
		BigDecimal volume) {

}
