package io.orderprocessor.platform.web;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security headers, request ids, error bodies and error pages of the running application.
 */
@IntegrationTest
class PageAndApiBasicsTest {

	@LocalServerPort
	int port;

	@Autowired
	HttpTestClient http;

	@Test
	void pagesCarryTheSecurityHeaders() {
		HttpResponse<String> landing = http.get("/");

		assertThat(landing.statusCode()).isEqualTo(200);
		assertThat(landing.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				csp -> assertThat(csp)
					.contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
							"object-src 'none'")
					.doesNotContain("unsafe-inline"));
		assertThat(landing.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(landing.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(landing.headers().firstValue("Permissions-Policy"))
			.hasValue("camera=(), microphone=(), geolocation=()");
		assertThat(landing.headers().firstValue("X-Request-ID")).isPresent();
	}

	@Test
	void pagesHaveNoInlineScriptOrStyle() {
		String trader = UserMother.apiUser(http, "inline").username();
		HttpTestClient traderPages = UserMother.signedIn(port, trader, UserMother.PASSWORD);
		HttpTestClient adminPages = UserMother.signedInAsAdmin(port);
		Map<String, HttpTestClient> pages = new LinkedHashMap<>();
		for (String page : List.of("/", "/login", "/register", "/market", "/market/BTC")) {
			pages.put(page, http);
		}
		for (String page : List.of("/dashboard", "/trading", "/portfolio", "/portfolio/value", "/account", "/profile",
				"/notifications")) {
			pages.put(page, traderPages);
		}
		for (String page : List.of("/admin", "/admin/users", "/admin/users/" + trader, "/admin/orders", "/admin/audit",
				"/admin/assets", "/admin/assets/BTC", "/admin/assets/new")) {
			pages.put(page, adminPages);
		}

		pages.forEach((page, client) -> {
			HttpResponse<String> response = client.get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(200);
			assertNoInlineScriptOrStyle(response, page);
		});
		HttpResponse<String> notFound = traderPages.get("/no-such-page");
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertNoInlineScriptOrStyle(notFound, "the error page");
	}

	private static void assertNoInlineScriptOrStyle(HttpResponse<String> response, String page) {
		assertThat(response.body()).as(page)
			.doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>")
			.doesNotContain("style=\"")
			.doesNotContain("<style");
	}

	@Test
	void aCallersRequestIdIsEchoedAndABadOneReplaced() {
		HttpResponse<String> given = http.send(http.request("/").header("X-Request-ID", "trace-42"));
		HttpResponse<String> bad = http.send(http.request("/").header("X-Request-ID", "no spaces <allowed>"));

		assertThat(given.headers().firstValue("X-Request-ID")).hasValue("trace-42");
		assertThat(bad.headers().firstValue("X-Request-ID"))
			.hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f-]{36}"));
	}

	@Test
	void aProtectedApiPathWithoutATokenIs401Json() {
		HttpResponse<String> response = http.getJson("/api/v1/auth/profile", null);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
		assertThat(response.body()).isEqualTo("{\"detail\":\"Not authenticated\"}");
	}

	@Test
	void aForgedTokenIs401AndIgnoredOnPublicPaths() {
		String forged = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";

		assertThat(http.getJson("/api/v1/auth/profile", forged).statusCode()).isEqualTo(401);
		HttpResponse<String> login = http.send(http.request("/api/v1/auth/login")
			.header("Authorization", "Bearer " + forged)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"username\":\"nobody_here\",\"password\":\"Wrong!Pass1234\"}")));
		assertThat(login.statusCode()).isEqualTo(401);
		assertThat(login.body()).isEqualTo("{\"detail\":\"Invalid username or password\"}");
	}

	@Test
	void malformedJsonIs400JsonWithoutInternals() {
		HttpResponse<String> response = http.postJson("/api/v1/auth/login", "{\"username\": ");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("{\"detail\":\"Malformed JSON request body\"}");
	}

	@Test
	void invalidFieldsAre422WithTheOriginalsShape() {
		HttpResponse<String> response = http.postJson("/api/v1/auth/login", "{\"username\": \"\"}");

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body())
			.contains("{\"loc\":[\"body\",\"username\"],\"msg\":\"Username is required\",\"type\":\"not_blank\"}")
			.contains("\"loc\":[\"body\",\"password\"]");
	}

	@Test
	void aWrongJsonTypeIs422NotAServerError() {
		HttpResponse<String> response = http.postJson("/api/v1/auth/login",
				"{\"username\": {\"a\": 1}, \"password\": \"x\"}");

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("\"loc\":[\"body\",\"username\"]").doesNotContain("Exception");
	}

	@Test
	void theApiSignsInAndTheTokenOpensProtectedPaths() {
		HttpResponse<String> login = http.postJson("/api/v1/auth/login",
				"{\"username\": \"DEMO_TRADER\", \"password\": \"Demo!Trader2026\"}");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("\"token_type\":\"bearer\"", "\"expires_in\":3600");
		String token = login.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");

		HttpResponse<String> profile = http.getJson("/api/v1/auth/profile", token);

		assertThat(profile.statusCode()).isEqualTo(200);
		assertThat(profile.body()).contains("\"username\":\"demo_trader\"", "\"role\":\"CUSTOMER\"");
	}

	@Test
	void unknownPagesGetTheNotFoundPageInTheLayout() {
		HttpResponse<String> response = http.get("/no-such-page-anywhere");

		// anonymous visitors are sent to sign in first; signed-in ones would see the 404
		// page
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	@Test
	void unknownApiPathsWithATokenAre404Json() {
		HttpResponse<String> response = http.getJson("/api/v1/no-such-thing", demoTraderToken());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"detail\":\"Not found\"}");
	}

	@Test
	void wrongMethodIs405Json() {
		HttpResponse<String> response = http
			.send(http.request("/api/v1/auth/profile").header("Authorization", "Bearer " + demoTraderToken()).DELETE());

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.body()).startsWith("{\"detail\":");
	}

	private String demoTraderToken() {
		HttpResponse<String> login = http.postJson("/api/v1/auth/login",
				"{\"username\": \"demo_trader\", \"password\": \"Demo!Trader2026\"}");
		return login.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
	}

	@Test
	void theApiIsDescribedWithOpenApi() {
		HttpResponse<String> docs = http.getJson("/v3/api-docs", null);

		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("\"/api/v1/auth/login\"", "\"bearer\"");
		assertThat(http.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
	}

}
