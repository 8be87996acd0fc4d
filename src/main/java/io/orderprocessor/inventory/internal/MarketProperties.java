package io.orderprocessor.inventory.internal;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where prices come from ({@code app.market.*}).
 *
 * @param source {@code simulated} (default) or {@code coingecko}
 * @param seed the simulated market's seed: instances with the same seed show the same
 * prices
 * @param coingecko settings of the CoinGecko source
 */
@ConfigurationProperties("app.market")
public record MarketProperties(@DefaultValue("simulated") Source source, @DefaultValue("20260101") long seed,
		@DefaultValue CoinGecko coingecko) {

	public enum Source {

		SIMULATED, COINGECKO

	}

	/**
	 * @param baseUrl the API root; {@code /coins/markets} is appended
	 * @param refresh time between two updates
	 * @param timeout how long one update may take
	 * @param maxAge prices older than this make the {@code prices} health check fail
	 * @param apiKey optional demo API key, sent as {@code x-cg-demo-api-key}
	 */
	public record CoinGecko(@DefaultValue("https://api.coingecko.com/api/v3") URI baseUrl,
			@DefaultValue("60s") Duration refresh, @DefaultValue("5s") Duration timeout,
			@DefaultValue("10m") Duration maxAge, String apiKey) {

	}

}
