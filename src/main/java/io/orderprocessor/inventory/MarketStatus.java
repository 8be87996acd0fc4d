package io.orderprocessor.inventory;

import java.time.Duration;
import java.time.Instant;

/**
 * How fresh the market data is.
 *
 * @param source {@code simulated} or {@code coingecko}
 * @param asOf when the figures in use were obtained; null before the first success
 * @param age how old they are (zero for the simulation, which computes them on demand)
 * @param fresh false when the figures are older than allowed or there are none yet
 * @param problem what went wrong with the last update, or null
 */
public record MarketStatus(String source, Instant asOf, Duration age, boolean fresh, String problem) {

}
