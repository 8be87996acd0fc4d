package io.orderprocessor.inventory.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.orderprocessor.inventory.Asset;
import io.orderprocessor.inventory.AssetMother;
import io.orderprocessor.inventory.HistoryRange;
import io.orderprocessor.inventory.MarketStatus;
import io.orderprocessor.inventory.PricePoint;
import io.orderprocessor.inventory.Quote;
import io.orderprocessor.support.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CoinGecko source against a stub of {@code coins/markets} on a free local port: good
 * data, then every kind of failure, after which the last good prices must still be there
 * with their age.
 */
class CoinGeckoPriceSourceTest {

	static final String GOOD = """
			[{"id":"bitcoin","symbol":"btc","current_price":43250.5,"market_cap":850000000000,
			  "total_volume":21000000000,"high_24h":44000,"low_24h":42000,"price_change_24h":-250.25,
			  "price_change_percentage_24h":-0.575,"price_change_percentage_24h_in_currency":-0.5751,
			  "price_change_percentage_7d_in_currency":3.456,"price_change_percentage_30d_in_currency":12.1,
			  "ath":69045,"ath_date":"2021-11-10T14:24:11.849Z","atl":67.81,"atl_date":"2013-07-06T00:00:00.000Z",
			  "last_updated":"2026-11-22T10:00:00.000Z","sparkline_in_7d":{"price":[40000,41000,42000,43250.5]}},
			 {"id":"ethereum","symbol":"eth","current_price":2300.12,"market_cap":276000000000,"total_volume":9000000000,
			  "last_updated":"2026-11-22T10:00:00.000Z"}]
			""";

	HttpServer server;

	ExecutorService threads;

	final AtomicReference<Responder> stub = new AtomicReference<>();

	final AtomicReference<String> lastQuery = new AtomicReference<>();

	final CountDownLatch release = new CountDownLatch(1);

	final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T10:00:05Z"));

	CoinGeckoPriceSource source;

	final Asset bitcoin = AssetMother.bitcoin();

	final Asset ether = AssetMother.ether();

	final Asset pepe = AssetMother.pepe();

	@BeforeEach
	void startStub() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		threads = Executors.newCachedThreadPool();
		server.setExecutor(threads);
		server.createContext("/api/v3/coins/markets", exchange -> {
			lastQuery.set(exchange.getRequestURI().getRawQuery());
			stub.get().respond(exchange);
		});
		server.start();
		URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v3");
		source = new CoinGeckoPriceSource(new MarketProperties.CoinGecko(base, Duration.ofMinutes(1),
				Duration.ofMillis(500), Duration.ofMinutes(10), null), () -> List.of(bitcoin, ether, pepe), clock);
	}

	@AfterEach
	void stopStub() {
		release.countDown();
		server.stop(0);
		threads.shutdownNow();
	}

	@Test
	void goodDataBecomesQuotesAndHistory() {
		stub.set(json(200, GOOD));

		assertThat(source.refresh()).isTrue();

		Quote quote = source.quote(bitcoin);
		assertThat(quote.price()).isEqualByComparingTo("43250.5");
		assertThat(quote.change24h()).isEqualByComparingTo("-0.58");
		assertThat(quote.change7d()).isEqualByComparingTo("3.46");
		assertThat(quote.change30d()).isEqualByComparingTo("12.10");
		assertThat(quote.marketCap()).isEqualByComparingTo("850000000000");
		assertThat(quote.high24h()).isEqualByComparingTo("44000");
		assertThat(quote.ath()).isEqualByComparingTo("69045");
		assertThat(quote.asOf()).isEqualTo(Instant.parse("2026-11-22T10:00:00Z"));
		assertThat(source.history(bitcoin, HistoryRange.D7)).extracting(PricePoint::price)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("40000"), new BigDecimal("41000"), new BigDecimal("42000"),
					new BigDecimal("43250.5"));
		assertThat(source.quote(ether).price()).isEqualByComparingTo("2300.12");
		MarketStatus status = source.status();
		assertThat(status.fresh()).isTrue();
		assertThat(status.problem()).isNull();
		assertThat(status.asOf()).isEqualTo(clock.instant());
		assertThat(lastQuery.get()).contains("vs_currency=usd", "ids=bitcoin,ethereum,pepe", "sparkline=true");
	}

	@Test
	void beforeAnyDataTheCatalogueShowsReferencePricesAndHealthIsDown() {
		stub.set(json(500, "{}"));

		assertThat(source.refresh()).isFalse();

		assertThat(source.quote(bitcoin).price()).isEqualByComparingTo("45000");
		assertThat(source.history(bitcoin, HistoryRange.D1)).isNotEmpty();
		assertThat(source.status().fresh()).isFalse();
		assertThat(source.status().asOf()).isNull();
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource(delimiter = '|', textBlock = """
			500 | {"error":"boom"}                          | HTTP 500
			429 | {"status":{"error_code":429}}             | 429
			200 | '[{"id": "bitcoin", "current_price": '    | malformed
			200 | {"status": "maintenance"}                 | no usable prices
			""")
	void aServerErrorRateLimitingOrAnUnusableBodyKeepsTheLastGoodPrices(int status, String body, String problem) {
		assertFailureKeepsLastGoodPrices(json(status, body), problem);
	}

	@Test
	void aTimeoutKeepsTheLastGoodPrices() {
		assertFailureKeepsLastGoodPrices(exchange -> {
			try {
				release.await(); // answers only when the test is over, long after the
									// timeout
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			exchange.close();
		}, "too slow");
	}

	@Test
	void entriesWithMissingFieldsAreSkippedAndTheOthersUpdated() {
		stub.set(json(200, GOOD));
		source.refresh();

		stub.set(json(200, """
				[{"id":"bitcoin","symbol":"btc"},
				 {"symbol":"eth","current_price":2500},
				 {"id":"ethereum","current_price":"not a number"},
				 {"id":"pepe","current_price":0.0000011}]
				"""));
		assertThat(source.refresh()).isTrue();

		assertThat(source.quote(bitcoin).price()).isEqualByComparingTo("43250.5");
		assertThat(source.quote(ether).price()).isEqualByComparingTo("2300.12");
		assertThat(source.quote(pepe).price()).isEqualByComparingTo("0.0000011");
	}

	@Test
	void responsesWithOnlyIncompleteEntriesAreAFailure() {
		assertFailureKeepsLastGoodPrices(json(200, "[{\"id\":\"bitcoin\"},{\"current_price\":1}]"), "no usable prices");
	}

	@Test
	void recoveryAfterAFailureClearsTheProblem() {
		stub.set(json(200, GOOD));
		source.refresh();
		stub.set(json(503, ""));
		source.refresh();
		stub.set(json(200, GOOD.replace("43250.5", "44000.25")));
		clock.advance(Duration.ofMinutes(1));

		assertThat(source.refresh()).isTrue();

		assertThat(source.quote(bitcoin).price()).isEqualByComparingTo("44000.25");
		assertThat(source.status().problem()).isNull();
		assertThat(source.status().age()).isZero();
	}

	private void assertFailureKeepsLastGoodPrices(Responder failure, String problem) {
		stub.set(json(200, GOOD));
		assertThat(source.refresh()).isTrue();
		Instant goodAt = clock.instant();

		stub.set(failure);
		clock.advance(Duration.ofMinutes(3));
		assertThat(source.refresh()).isFalse();

		assertThat(source.quote(bitcoin).price()).isEqualByComparingTo("43250.5");
		assertThat(source.quote(ether).price()).isEqualByComparingTo("2300.12");
		assertThat(source.history(bitcoin, HistoryRange.D7)).hasSize(4);
		MarketStatus status = source.status();
		assertThat(status.asOf()).isEqualTo(goodAt);
		assertThat(status.age()).isEqualTo(Duration.ofMinutes(3));
		assertThat(status.problem()).contains(problem);
		assertThat(status.fresh()).as("3 minutes old is still within the 10 allowed").isTrue();

		clock.advance(Duration.ofMinutes(10));
		assertThat(source.status().fresh()).isFalse();
		assertThat(source.status().age()).isEqualTo(Duration.ofMinutes(13));
		assertThat(source.quote(bitcoin).price()).isEqualByComparingTo("43250.5");
	}

	static Responder json(int status, String body) {
		return exchange -> {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
			if (bytes.length > 0) {
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(bytes);
				}
			}
			exchange.close();
		};
	}

	/** What the stub answers. */
	@FunctionalInterface
	interface Responder {

		void respond(HttpExchange exchange) throws IOException;

	}

}
