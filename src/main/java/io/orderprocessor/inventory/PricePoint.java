package io.orderprocessor.inventory;

import java.math.BigDecimal;
import java.time.Instant;

/** A price at an instant, one point of a chart. */
public record PricePoint(Instant time, BigDecimal price) {

}
