package io.orderprocessor.admin;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.support.TestAssets;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Catalogue changes by admins reach the market pages and API at once; bad input is
 * refused field by field; every change is in the audit log, which filters and pages.
 */
@IntegrationTest
class AdminAssetsTest {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	TestAssets assets;

	@Autowired
	HttpTestClient http;

	private HttpTestClient admin;

	private String adminToken;

	@AfterEach
	void removeAddedAssets() {
		assets.removeAll();
	}

	@BeforeEach
	void setUp() {
		adminToken = UserMother.adminToken(http);
		admin = UserMother.signedInAsAdmin(port);
	}

	@Test
	void anAddedAssetIsOnTheMarketAndSuspendingItRemovesItsTradeButtons() {
		String symbol = newSymbol();
		HttpResponse<String> added = admin.postForm("/admin/assets/new", "/admin/assets",
				"symbol=" + symbol.toLowerCase() + "&name=" + enc("Test Coin") + "&category=test-coins&description="
						+ enc("A coin for tests.") + "&referencePrice=2.50&coingeckoId=");
		assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
		String market = http.get("/market/" + symbol).body();
		assertThat(market).contains("Test Coin").contains("id=\"buy-link\"").contains("id=\"sell-link\"");

		HttpResponse<String> suspended = patch(symbol, "{\"is_active\":false,\"reason\":\"delisting review\"}");

		assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
		assertThat(json.readTree(suspended.body()).get("data").get("is_active").asBoolean()).isFalse();
		String after = http.get("/market/" + symbol).body();
		assertThat(after).doesNotContain("id=\"buy-link\"")
			.doesNotContain("id=\"sell-link\"")
			.contains("Trading suspended");
		JsonNode api = json.readTree(http.getJson("/api/v1/inventory/assets/" + symbol, null).body()).get("data");
		assertThat(api.get("is_active").asBoolean()).isFalse();

		HttpResponse<String> edited = patch(symbol,
				"{\"is_active\":true,\"name\":\"Renamed Coin\",\"category\":\"meme\",\"description\":\"Now a meme.\"}");
		assertThat(edited.statusCode()).isEqualTo(200);
		assertThat(http.get("/market?q=Renamed").body()).contains("Renamed Coin");
		assertThat(http.get("/market/" + symbol).body()).contains("id=\"buy-link\"").contains("Now a meme.");

		assertThat(audit("actor=demo_admin&event_type=admin.asset_changed&target=" + symbol))
			.anySatisfy(
					event -> assertThat(event.get("details").path("reason").asString("")).isEqualTo("delisting review"))
			.anySatisfy(event -> assertThat(event.get("details").path("name").asString("")).isEqualTo("Renamed Coin"));
		assertThat(audit("event_type=admin.asset_added&target=" + symbol)).hasSize(1);
	}

	@Test
	void suspendingThroughThePageAndEditingWithErrorsNextToTheFields() {
		String symbol = newSymbol();
		admin.postForm("/admin/assets/new", "/admin/assets", "symbol=" + symbol + "&name=Page+Coin&category=defi"
				+ "&description=" + enc("For the page test.") + "&referencePrice=1&coingeckoId=");

		HttpResponse<String> suspend = admin.postForm("/admin/assets", "/admin/assets/" + symbol + "/suspend", "x=1");
		assertThat(suspend.statusCode()).isEqualTo(302);
		assertThat(http.get("/market/" + symbol).body()).doesNotContain("id=\"buy-link\"");

		HttpResponse<String> refused = admin.postForm("/admin/assets/" + symbol, "/admin/assets/" + symbol,
				"name=&category=" + enc("Not A Category") + "&description=ok");
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"asset-name-error\"").contains("id=\"asset-category-error\"");

		HttpResponse<String> duplicate = admin.postForm("/admin/assets/new", "/admin/assets",
				"symbol=" + symbol + "&name=Again&category=defi&description=x&referencePrice=1&coingeckoId=");
		assertThat(duplicate.statusCode()).isEqualTo(200);
		assertThat(duplicate.body()).contains("already exists");
	}

	@Test
	void badPatchesAre422AndUnknownAssets404() {
		assertThat(patch("ZZQQ7", "{\"is_active\":false}").statusCode()).isEqualTo(404);
		HttpResponse<String> empty = patch("BTC", "{}");
		assertThat(empty.statusCode()).isEqualTo(422);
		HttpResponse<String> bad = patch("BTC", "{\"name\":\"\",\"category\":\"Bad Category!\"}");
		assertThat(bad.statusCode()).isEqualTo(422);
		List<String> fields = new ArrayList<>();
		json.readTree(bad.body()).get("detail").forEach(v -> fields.add(v.get("loc").get(1).asString()));
		assertThat(fields).containsExactlyInAnyOrder("name", "category");
		assertThat(http.get("/market/BTC").body()).contains("id=\"buy-link\"");
	}

	@Test
	void theAuditLogFiltersByActorTypeAndDatesAndPages() {
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		List<JsonNode> signIns = audit("actor=demo_admin&event_type=user.signed_in&from=" + today + "&to=" + today);
		assertThat(signIns).isNotEmpty().allSatisfy(event -> {
			assertThat(event.get("actor").asString()).isEqualTo("demo_admin");
			assertThat(event.get("event_type").asString()).isEqualTo("user.signed_in");
			assertThat(event.get("ip_address").asString()).isNotBlank();
			assertThat(event.get("request_id").asString()).isNotBlank();
		});

		JsonNode first = json.readTree(http.getJson("/api/v1/admin/audit?limit=2", adminToken).body());
		JsonNode second = json.readTree(
				http.getJson("/api/v1/admin/audit?limit=2&cursor=" + first.get("next_cursor").asString(), adminToken)
					.body());
		assertThat(first.get("has_more").asBoolean()).isTrue();
		assertThat(second.get("data").get(0).get("id").asString())
			.isLessThan(first.get("data").get(1).get("id").asString());

		assertThat(http.getJson("/api/v1/admin/audit?from=2026-01-10&to=2025-01-01", adminToken).statusCode())
			.isEqualTo(422);
		assertThat(http.getJson("/api/v1/admin/audit?from=yesterday", adminToken).statusCode()).isEqualTo(422);
		assertThat(admin.get("/admin/audit?actor=demo_admin&type=user.signed_in").body()).contains("user.signed_in")
			.contains("demo_admin");
		assertThat(admin.get("/admin/audit?from=not-a-date").body()).contains("Dates are written yyyy-mm-dd");
	}

	private List<JsonNode> audit(String query) {
		HttpResponse<String> response = http.getJson("/api/v1/admin/audit?" + query, adminToken);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<JsonNode> events = new ArrayList<>();
		json.readTree(response.body()).get("data").forEach(events::add);
		return events;
	}

	private HttpResponse<String> patch(String symbol, String body) {
		return http.send(http.request("/api/v1/admin/assets/" + symbol)
			.header("Authorization", "Bearer " + adminToken)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
	}

	private String newSymbol() {
		return assets.newSymbol("T");
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
