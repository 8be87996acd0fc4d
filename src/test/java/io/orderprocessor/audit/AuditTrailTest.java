package io.orderprocessor.audit;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.orderprocessor.order.OrderService;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.support.TestPrices;
import io.orderprocessor.user.ApiUser;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What the audit log records beyond accounts and admin actions: requests refused to a
 * signed-in user (403, but not anonymous visits, which go to sign-in) and every order
 * placed, filled (at once and later by the matcher) and cancelled, each with actor, IP
 * and request id where there is a request.
 */
@IntegrationTest
class AuditTrailTest {

	@LocalServerPort
	int port;

	@Autowired
	AuditLog audit;

	@Autowired
	OrderService orders;

	@Autowired
	TestPrices prices;

	@Test
	void aCustomerRefusedAnAdminPageOrTheAdminApiIsAuditedAnAnonymousVisitorIsNot() {
		ApiUser user = UserMother.apiUser(new HttpTestClient(port), "nosy");
		HttpTestClient browser = UserMother.signedIn(port, user.username(), UserMother.PASSWORD);
		String page = "/admin/users/" + user.username();
		String api = "/api/v1/admin/users/" + user.username();

		assertThat(new HttpTestClient(port).get(page).statusCode()).as("anonymous: to sign-in").isEqualTo(302);
		assertThat(search(null, "GET " + page, "security.access_denied")).isEmpty();
		assertThat(browser.get(page).statusCode()).isEqualTo(403);
		assertThat(new HttpTestClient(port).getJson(api, user.token()).statusCode()).isEqualTo(403);

		List<AuditEntry> denied = search(user.username(), null, "security.access_denied");
		assertThat(denied).extracting(AuditEntry::target).containsExactlyInAnyOrder("GET " + page, "GET " + api);
		assertThat(denied).allSatisfy(entry -> {
			assertThat(entry.ipAddress()).isNotBlank();
			assertThat(entry.requestId()).isNotBlank();
		});
	}

	@Test
	void ordersAreAuditedWhenPlacedFilledAndCancelled() {
		HttpTestClient http = new HttpTestClient(port);
		ApiUser user = UserMother.apiUser(http, "traded");
		prices.pin("SOL", "100.00");
		assertThat(post(http, user.token(), "/api/v1/balance/deposit", "{\"amount\": \"1000\"}").statusCode())
			.isEqualTo(201);

		HttpResponse<String> market = post(http, user.token(), "/api/v1/orders",
				"{\"order_type\": \"market_buy\", \"asset_id\": \"SOL\", \"quantity\": \"2\"}");
		HttpResponse<String> limit = post(http, user.token(), "/api/v1/orders",
				"{\"order_type\": \"limit_buy\", \"asset_id\": \"SOL\", \"quantity\": \"1\", \"price\": \"90\"}");
		HttpResponse<String> other = post(http, user.token(), "/api/v1/orders",
				"{\"order_type\": \"limit_buy\", \"asset_id\": \"SOL\", \"quantity\": \"1\", \"price\": \"80\"}");
		String otherId = orderId(other);
		assertThat(http
			.send(http.request("/api/v1/orders/" + otherId).header("Authorization", "Bearer " + user.token()).DELETE())
			.statusCode()).isEqualTo(200);
		prices.pin("SOL", "89.00");
		orders.matchLimitOrders();

		List<AuditEntry> trail = search(null, user.username(), null);
		assertThat(trail).filteredOn(e -> e.action().equals("order.filled"))
			.extracting(e -> e.details().get("order_id"), AuditEntry::actor, e -> e.details().get("filled_by"))
			.containsExactlyInAnyOrder(tuple(orderId(market), user.username(), "placement"),
					tuple(orderId(limit), null, "matcher"));
		assertThat(trail).filteredOn(e -> e.action().equals("order.placed"))
			.extracting(e -> e.details().get("order_id"))
			.containsExactlyInAnyOrder(orderId(limit), otherId);
		assertThat(trail).filteredOn(e -> e.action().equals("order.cancelled")).singleElement().satisfies(entry -> {
			assertThat(entry.actor()).isEqualTo(user.username());
			assertThat(entry.details()).containsEntry("order_id", otherId)
				.containsEntry("order_type", "limit_buy")
				.containsEntry("asset_id", "SOL")
				.containsEntry("limit_price", "80.00");
			assertThat(entry.ipAddress()).isNotBlank();
			assertThat(entry.requestId()).isNotBlank();
		});
		assertThat(trail).filteredOn(e -> e.action().equals("order.filled") && user.username().equals(e.actor()))
			.singleElement()
			.satisfies(entry -> assertThat(entry.details()).containsEntry("price", "100.00")
				.containsEntry("total", "200.00")
				.containsEntry("quantity", "2.00000000"));
	}

	private List<AuditEntry> search(String actor, String target, String action) {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		return audit.search(new AuditQuery(actor, target, action, today.minusDays(1), today, null, 200)).entries();
	}

	private static String orderId(HttpResponse<String> created) {
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return created.body().replaceAll(".*\"order_id\":\"([^\"]+)\".*", "$1");
	}

	private static HttpResponse<String> post(HttpTestClient http, String token, String path, String body) {
		return http.postJson(path, body, token);
	}

}
