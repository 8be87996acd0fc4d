package io.orderprocessor.inventory.internal;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.orderprocessor.inventory.PriceSource;

/**
 * The price source named by {@code app.market.source} and its health check. A
 * {@link Clock} bean, when there is one, drives the prices; else the system clock.
 */
@Configuration(proxyBeanMethods = false)
class MarketConfiguration {

	@Bean
	@ConditionalOnProperty(name = "app.market.source", havingValue = "simulated", matchIfMissing = true)
	SimulatedPriceSource simulatedPriceSource(MarketProperties properties, ObjectProvider<Clock> clock) {
		return new SimulatedPriceSource(properties.seed(), clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	@ConditionalOnProperty(name = "app.market.source", havingValue = "coingecko")
	CoinGeckoPriceSource coinGeckoPriceSource(MarketProperties properties, AssetCatalogue catalogue,
			ObjectProvider<Clock> clock) {
		return new CoinGeckoPriceSource(properties.coingecko(), catalogue::all, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	PricesHealthIndicator pricesHealthIndicator(PriceSource prices) {
		return new PricesHealthIndicator(prices);
	}

}
