package io.orderprocessor.portfolio;

import java.math.BigDecimal;
import java.time.Instant;

/** What the user's cash and holdings were worth at an instant, to the cent. */
public record ValuePoint(Instant time, BigDecimal value) {

}
