package io.orderprocessor.order;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The orders of one UTC day, across users.
 *
 * @param placed orders placed that day, whatever their status
 * @param filled those of them that have filled
 * @param volume the total value of the filled ones
 */
public record DailyOrders(LocalDate day, long placed, long filled, BigDecimal volume) {

}
