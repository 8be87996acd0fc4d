package io.orderprocessor.inventory.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The market-data API of the running application, as api.md describes it. */
@IntegrationTest
class InventoryApiTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	HttpTestClient http;

	@Test
	void listsEveryAssetByRankWithTrueCounts() {
		JsonNode body = ok("/api/v1/inventory/assets?limit=250");

		JsonNode data = body.get("data");
		assertThat(data.size()).isGreaterThanOrEqualTo(100);
		assertThat(body.get("total_count").asInt()).isEqualTo(data.size());
		int inactive = 0;
		for (int i = 0; i < data.size(); i++) {
			assertThat(data.get(i).get("market_cap_rank").asInt()).isEqualTo(i + 1);
			inactive += data.get(i).get("is_active").asBoolean() ? 0 : 1;
		}
		assertThat(inactive).isPositive();
		assertThat(body.get("active_count").asInt()).isEqualTo(data.size() - inactive);
		JsonNode bitcoin = data.get(0);
		assertThat(bitcoin.propertyNames()).containsExactlyInAnyOrder("asset_id", "symbol", "name", "description",
				"category", "price_usd", "is_active", "image", "market_cap_rank", "price_change_percentage_24h",
				"market_cap", "total_volume_24h");
		assertThat(bitcoin.get("asset_id").asString()).isEqualTo("BTC");
		assertThat(bitcoin.get("price_usd").isNumber()).isTrue();
		assertThat(bitcoin.get("price_usd").decimalValue()).isBetween(new BigDecimal("31500"), new BigDecimal("58500"));
	}

	@Test
	void theDefaultPageIsFiftyAndCountsStayTotal() {
		JsonNode body = ok("/api/v1/inventory/assets");
		JsonNode activeOnly = ok("/api/v1/inventory/assets?active_only=true&limit=250");

		assertThat(body.get("data").size()).isEqualTo(50);
		assertThat(body.get("total_count").asInt()).isGreaterThanOrEqualTo(100);
		assertThat(activeOnly.get("data").size()).isEqualTo(activeOnly.get("active_count").asInt());
		assertThat(activeOnly.get("total_count").asInt()).isEqualTo(body.get("total_count").asInt());
	}

	@Test
	void searchesFiltersSortsAndPages() {
		JsonNode search = ok("/api/v1/inventory/assets?q=bitcoin&ignored=1");
		JsonNode stablecoins = ok("/api/v1/inventory/assets?category=stablecoin&limit=250");
		JsonNode byPrice = ok("/api/v1/inventory/assets?sort=-price_usd&limit=3");
		JsonNode second = ok("/api/v1/inventory/assets?limit=1&offset=1");

		assertThat(search.get("data").findValuesAsString("symbol")).contains("BTC", "BCH", "WBTC");
		assertThat(stablecoins.get("data").findValuesAsString("category")).containsOnly("stablecoin");
		assertThat(byPrice.get("data").get(0).get("price_usd").decimalValue())
			.isGreaterThanOrEqualTo(byPrice.get("data").get(1).get("price_usd").decimalValue());
		assertThat(second.get("data").get(0).get("symbol").asString()).isEqualTo("ETH");
	}

	@Test
	void outOfRangeParametersAre422ListingEachOne() {
		HttpResponse<String> response = http
			.getJson("/api/v1/inventory/assets?limit=251&offset=-1&sort=colour&active_only=maybe", null);

		assertThat(response.statusCode()).isEqualTo(422);
		JsonNode detail = JSON.readTree(response.body()).get("detail");
		assertThat(detail.findValues("loc")).extracting(loc -> loc.get(1).asString())
			.containsExactlyInAnyOrder("active_only", "limit", "offset", "sort");
		assertThat(detail.get(0).get("loc").get(0).asString()).isEqualTo("query");
		assertThat(detail.get(0).has("msg")).isTrue();
		assertThat(detail.get(0).has("type")).isTrue();
		assertThat(http.getJson("/api/v1/inventory/assets?limit=0", null).statusCode()).isEqualTo(422);
		assertThat(http.getJson("/api/v1/inventory/assets?limit=abc", null).statusCode()).isEqualTo(422);
	}

	@Test
	void anAssetsDetailHasEveryField() {
		JsonNode data = ok("/api/v1/inventory/assets/%20btc%20").get("data");

		assertThat(data.propertyNames()).contains("asset_id", "symbol", "name", "description", "category", "price_usd",
				"is_active", "image", "market_cap_rank", "price_change_percentage_24h", "market_cap",
				"total_volume_24h", "availability_status", "price_change_24h", "price_change_percentage_7d",
				"price_change_percentage_30d", "high_24h", "low_24h", "circulating_supply", "total_supply",
				"max_supply", "ath", "ath_change_percentage", "ath_date", "atl", "atl_change_percentage", "atl_date",
				"last_updated");
		BigDecimal price = data.get("price_usd").decimalValue();
		BigDecimal ath = data.get("ath").decimalValue();
		BigDecimal atl = data.get("atl").decimalValue();
		assertThat(data.get("ath_change_percentage").decimalValue()).as("(price - ath) / ath, two decimals")
			.isEqualByComparingTo(
					price.subtract(ath).multiply(BigDecimal.valueOf(100)).divide(ath, 2, RoundingMode.HALF_EVEN))
			.isLessThanOrEqualTo(BigDecimal.ZERO);
		assertThat(data.get("atl_change_percentage").decimalValue())
			.isEqualByComparingTo(
					price.subtract(atl).multiply(BigDecimal.valueOf(100)).divide(atl, 2, RoundingMode.HALF_EVEN))
			.isGreaterThanOrEqualTo(BigDecimal.ZERO);
		assertThat(data.get("asset_id").asString()).isEqualTo("BTC");
		assertThat(data.get("availability_status").asString()).isEqualTo("available");
		assertThat(data.get("max_supply").decimalValue()).isEqualByComparingTo("21000000");
		assertThat(data.get("last_updated").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
		assertThat(data.get("low_24h").decimalValue()).isLessThanOrEqualTo(data.get("high_24h").decimalValue());
		assertThat(ok("/api/v1/inventory/assets/LUNC").get("data").get("availability_status").asString())
			.isEqualTo("suspended");
	}

	@Test
	void unknownAssetsAre404AndMalformedIds422() {
		HttpResponse<String> unknown = http.getJson("/api/v1/inventory/assets/NOPE42", null);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).isEqualTo("{\"detail\":\"Asset 'NOPE42' not found\"}");

		for (String bad : new String[] { "ABCDEFGHIJK", "BT-C", "%20%20", "%3Cb%3E" }) {
			HttpResponse<String> response = http.getJson("/api/v1/inventory/assets/" + bad, null);
			assertThat(response.statusCode()).as(bad).isEqualTo(422);
			assertThat(response.body()).as(bad).contains("\"loc\":[\"path\",\"asset_id\"]");
		}
		assertThat(http.getJson("/api/v1/inventory/assets/BT-C/history", null).statusCode()).isEqualTo(422);
		assertThat(http.getJson("/api/v1/inventory/assets/NOPE/history", null).statusCode()).isEqualTo(404);
	}

	@Test
	void historyHasTimestampedPricesPerRange() {
		JsonNode day = ok("/api/v1/inventory/assets/eth/history?range=1d").get("data");
		JsonNode month = ok("/api/v1/inventory/assets/ETH/history?range=30d").get("data");
		JsonNode byDefault = ok("/api/v1/inventory/assets/ETH/history").get("data");

		assertThat(day.size()).isEqualTo(97);
		assertThat(month.size()).isEqualTo(91);
		assertThat(byDefault.size()).isEqualTo(85);
		assertThat(day.get(0).propertyNames()).containsExactly("t", "price");
		assertThat(day.get(0).get("t").asString()).endsWith("Z");
		assertThat(day.get(0).get("price").isNumber()).isTrue();
		HttpResponse<String> badRange = http.getJson("/api/v1/inventory/assets/ETH/history?range=1y", null);
		assertThat(badRange.statusCode()).isEqualTo(422);
		assertThat(badRange.body()).contains("\"loc\":[\"query\",\"range\"]");
	}

	private JsonNode ok(String path) {
		HttpResponse<String> response = http.getJson(path, null);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return JSON.readTree(response.body());
	}

}
