package io.orderprocessor.inventory.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import io.orderprocessor.inventory.Asset;
import io.orderprocessor.inventory.HistoryRange;
import io.orderprocessor.inventory.MarketStatus;
import io.orderprocessor.inventory.PricePoint;
import io.orderprocessor.inventory.PriceSource;
import io.orderprocessor.inventory.Quote;

/**
 * Prices from CoinGecko's {@code coins/markets} endpoint, fetched in the background every
 * {@code refresh} and answered from memory. A failed update (timeout, error status, 429,
 * malformed or incomplete JSON) changes nothing: the last good figures stay in use and
 * {@link #status()} reports their age and the problem. An asset CoinGecko has never
 * priced shows its reference price, so the market never empties.
 * <p>
 * History comes from the 7-day hourly sparkline the same call returns: 1D is its last
 * day, 7D and 30D show the whole week (CoinGecko's markets endpoint has no longer
 * history).
 */
public class CoinGeckoPriceSource implements PriceSource {

	static final String NAME = "coingecko";

	private static final Logger log = LoggerFactory.getLogger(CoinGeckoPriceSource.class);

	private final RestClient http;

	private final Supplier<? extends Collection<Asset>> catalogue;

	private final Clock clock;

	private final Duration refresh;

	private final Duration maxAge;

	private final JsonMapper json = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private volatile Map<String, Market> markets = Map.of();

	private volatile Instant lastSuccess;

	private volatile String problem;

	public CoinGeckoPriceSource(MarketProperties.CoinGecko settings, Supplier<? extends Collection<Asset>> catalogue,
			Clock clock) {
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(settings.timeout()).build());
		requests.setReadTimeout(settings.timeout());
		RestClient.Builder builder = RestClient.builder()
			.baseUrl(settings.baseUrl().toString())
			.requestFactory(requests)
			.defaultHeader("Accept", "application/json");
		if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
			builder.defaultHeader("x-cg-demo-api-key", settings.apiKey());
		}
		this.http = builder.build();
		this.catalogue = catalogue;
		this.clock = clock;
		this.refresh = settings.refresh();
		this.maxAge = settings.maxAge();
	}

	/**
	 * Fetches the markets once; every {@code app.market.coingecko.refresh}, the first
	 * time at once.
	 * @return whether new prices arrived; on failure the last good ones stay
	 */
	@Scheduled(fixedDelayString = "${app.market.coingecko.refresh:60s}")
	public boolean refresh() {
		try {
			Map<String, Market> fresh = parse(fetch());
			if (fresh.isEmpty()) {
				return failed("no usable prices in the response");
			}
			Map<String, Market> merged = new HashMap<>(markets);
			merged.putAll(fresh);
			markets = Map.copyOf(merged);
			lastSuccess = clock.instant();
			problem = null;
			return true;
		}
		catch (HttpStatusCodeException ex) {
			return failed(ex.getStatusCode().value() == 429 ? "rate limited (HTTP 429)"
					: "HTTP " + ex.getStatusCode().value());
		}
		catch (ResourceAccessException ex) {
			return failed("not reachable or too slow (" + ex.getMostSpecificCause().getClass().getSimpleName() + ")");
		}
		catch (RestClientException | JacksonException ex) {
			return failed("malformed response");
		}
		catch (RuntimeException ex) {
			log.warn("CoinGecko update failed", ex);
			return failed("update failed");
		}
	}

	private String fetch() {
		String ids = catalogue.get()
			.stream()
			.map(Asset::coingeckoId)
			.filter(id -> id != null && !id.isBlank())
			.distinct()
			.collect(Collectors.joining(","));
		return http.get()
			.uri(uri -> uri.path("/coins/markets")
				.queryParam("vs_currency", "usd")
				.queryParam("ids", ids)
				.queryParam("per_page", 250)
				.queryParam("page", 1)
				.queryParam("sparkline", true)
				.queryParam("price_change_percentage", "24h,7d,30d")
				.build())
			.retrieve()
			.body(String.class);
	}

	/** The usable entries of a response; entries without an id or a price are skipped. */
	private Map<String, Market> parse(String body) {
		if (body == null) {
			return Map.of();
		}
		JsonNode root = json.readTree(body);
		Map<String, Market> parsed = new HashMap<>();
		if (!root.isArray()) {
			return parsed;
		}
		Instant now = clock.instant();
		for (JsonNode entry : root) {
			String id = text(entry, "id");
			BigDecimal price = decimal(entry, "current_price");
			if (id == null || price == null || price.signum() <= 0) {
				continue;
			}
			Instant updated = instant(entry, "last_updated", now);
			parsed.put(id,
					new Market(price, decimal(entry, "price_change_24h"),
							percent(entry, "price_change_percentage_24h_in_currency", "price_change_percentage_24h"),
							percent(entry, "price_change_percentage_7d_in_currency"),
							percent(entry, "price_change_percentage_30d_in_currency"), decimal(entry, "high_24h"),
							decimal(entry, "low_24h"), decimal(entry, "market_cap"), decimal(entry, "total_volume"),
							decimal(entry, "ath"), instant(entry, "ath_date", null), decimal(entry, "atl"),
							instant(entry, "atl_date", null), updated, sparkline(entry, updated)));
		}
		return parsed;
	}

	private boolean failed(String reason) {
		problem = reason;
		log.warn("CoinGecko update failed: {}; keeping the prices of {}", reason,
				lastSuccess == null ? "the catalogue" : lastSuccess);
		return false;
	}

	@Override
	public Quote quote(Asset asset) {
		Market market = markets.get(asset.coingeckoId());
		if (market == null) {
			BigDecimal price = asset.referencePrice();
			return new Quote(asset.symbol(), price, null, null, null, null, null, null,
					price.multiply(asset.circulatingSupply()).setScale(0, RoundingMode.HALF_EVEN), null, null, null,
					null, null, null);
		}
		return new Quote(asset.symbol(), market.price(), market.change(), market.change24h(), market.change7d(),
				market.change30d(), market.high24h(), market.low24h(), market.marketCap(), market.volume(),
				market.ath(), market.athDate(), market.atl(), market.atlDate(), market.updated());
	}

	@Override
	public List<PricePoint> history(Asset asset, HistoryRange range) {
		Market market = markets.get(asset.coingeckoId());
		if (market == null || market.sparkline().isEmpty()) {
			Quote quote = quote(asset);
			Instant now = clock.instant();
			return List.of(new PricePoint(now.minus(range.span()), quote.price()), new PricePoint(now, quote.price()));
		}
		List<PricePoint> week = market.sparkline();
		if (range == HistoryRange.D1) {
			return week.subList(Math.max(0, week.size() - 25), week.size());
		}
		return week;
	}

	@Override
	public MarketStatus status() {
		Instant success = lastSuccess;
		Duration age = success == null ? Duration.ZERO : Duration.between(success, clock.instant());
		boolean fresh = success != null && age.compareTo(maxAge) <= 0;
		return new MarketStatus(NAME, success, age, fresh, problem);
	}

	private static List<PricePoint> sparkline(JsonNode entry, Instant end) {
		JsonNode prices = entry.path("sparkline_in_7d").path("price");
		if (!prices.isArray() || prices.isEmpty()) {
			return List.of();
		}
		List<PricePoint> points = new ArrayList<>();
		int n = prices.size();
		for (int i = 0; i < n; i++) {
			JsonNode price = prices.get(i);
			if (price.isNumber()) {
				points.add(new PricePoint(end.minus(Duration.ofHours(n - 1 - i)), price.decimalValue()));
			}
		}
		return List.copyOf(points);
	}

	private static String text(JsonNode entry, String field) {
		JsonNode value = entry.get(field);
		return value != null && value.isString() && !value.asString().isBlank() ? value.asString() : null;
	}

	private static BigDecimal decimal(JsonNode entry, String field) {
		JsonNode value = entry.get(field);
		return value != null && value.isNumber() ? value.decimalValue() : null;
	}

	private static BigDecimal percent(JsonNode entry, String... fields) {
		for (String field : fields) {
			BigDecimal value = decimal(entry, field);
			if (value != null) {
				return value.setScale(2, RoundingMode.HALF_EVEN);
			}
		}
		return null;
	}

	private static Instant instant(JsonNode entry, String field, Instant fallback) {
		String value = text(entry, field);
		try {
			return value == null ? fallback : Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			return fallback;
		}
	}

	/** One asset's last good figures. */
	private record Market(BigDecimal price, BigDecimal change, BigDecimal change24h, BigDecimal change7d,
			BigDecimal change30d, BigDecimal high24h, BigDecimal low24h, BigDecimal marketCap, BigDecimal volume,
			BigDecimal ath, Instant athDate, BigDecimal atl, Instant atlDate, Instant updated,
			List<PricePoint> sparkline) {

	}

}
