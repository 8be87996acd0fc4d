package io.orderprocessor.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import io.orderprocessor.inventory.internal.SimulatedPriceSource;

/** Puts {@link TestPrices} in front of the simulated market. */
@TestConfiguration(proxyBeanMethods = false)
public class TestPricesConfiguration {

	@Bean
	@Primary
	TestPrices testPrices(SimulatedPriceSource market) {
		return new TestPrices(market);
	}

}
