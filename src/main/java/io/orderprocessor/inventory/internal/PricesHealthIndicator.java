package io.orderprocessor.inventory.internal;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import io.orderprocessor.inventory.MarketStatus;
import io.orderprocessor.inventory.PriceSource;

/**
 * {@code prices}: up while the market data is fresh enough to trade on; down when the
 * source has no prices yet or its last good ones are older than allowed. Either way the
 * details say which source, as of when, and what went wrong last.
 */
class PricesHealthIndicator extends AbstractHealthIndicator {

	private final PriceSource prices;

	PricesHealthIndicator(PriceSource prices) {
		super("Price source health check failed");
		this.prices = prices;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		MarketStatus status = prices.status();
		(status.fresh() ? builder.up() : builder.down()).withDetail("source", status.source())
			.withDetail("age_seconds", status.age().toSeconds());
		if (status.asOf() != null) {
			builder.withDetail("as_of", status.asOf().toString());
		}
		if (status.problem() != null) {
			builder.withDetail("problem", status.problem());
		}
	}

}
