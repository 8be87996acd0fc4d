package io.orderprocessor.admin;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.user.ApiUser;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every handler mapping under {@code /admin} and {@code /api/v1/admin}, read from the
 * running application (so a new admin endpoint is covered without touching this test), is
 * refused to anonymous visitors (pages: sign-in, API: 401) and to customers (403 with a
 * session and with a token), and lets admins through. Unsafe page requests carry a valid
 * CSRF token of the session, so a 403 is the role rule's, not CSRF's. Admins are sent to
 * unknown users and assets, so letting them through changes nothing; every page and
 * resource they can read answers 200 for a real user and asset.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminAccessTest {

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::([^}]*))?}");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private List<Endpoint> endpoints;

	private HttpTestClient anonymous;

	private HttpTestClient customer;

	private HttpTestClient admin;

	private String customerToken;

	private String adminToken;

	@BeforeAll
	void signIn() {
		endpoints = adminEndpoints();
		anonymous = new HttpTestClient(port);
		ApiUser registered = UserMother.apiUser(new HttpTestClient(port), "cust");
		customerToken = registered.token();
		customer = UserMother.signedIn(port, registered.username(), UserMother.PASSWORD);
		admin = UserMother.signedInAsAdmin(port);
		adminToken = UserMother.adminToken(new HttpTestClient(port));
	}

	@Test
	void theAdminAreaHasPagesAndApiEndpoints() {
		assertThat(endpoints).extracting(Endpoint::path)
			.contains("/admin", "/admin/users", "/admin/users/{username}", "/admin/assets", "/admin/audit",
					"/admin/orders", "/api/v1/admin/users", "/api/v1/admin/users/{username}/lock",
					"/api/v1/admin/users/{username}/adjustments", "/api/v1/admin/audit",
					"/api/v1/admin/assets/{assetId}");
	}

	@Test
	void anonymousPageVisitorsAreSentToSignInAndAnonymousApiCallsAre401() {
		String csrf = HttpTestClient.csrfToken(anonymous.get("/login").body());
		for (Endpoint endpoint : endpoints) {
			HttpResponse<String> response = endpoint.api() ? call(anonymous, endpoint, null, null)
					: call(anonymous, endpoint, null, csrf);
			if (endpoint.api()) {
				assertThat(response.statusCode()).as(endpoint.toString()).isEqualTo(401);
			}
			else {
				assertSentToSignIn(response, endpoint);
			}
		}
	}

	@Test
	void customersGet403WithASessionAndWithAToken() {
		String csrf = csrf(customer);
		for (Endpoint endpoint : endpoints) {
			HttpResponse<String> withSession = call(customer, endpoint, null, csrf);
			HttpResponse<String> withToken = call(anonymous, endpoint, customerToken, null);
			if (endpoint.api()) {
				assertThat(withToken.statusCode()).as("token: " + endpoint).isEqualTo(403);
				assertThat(withToken.body()).as("token: " + endpoint).contains("\"detail\"");
				assertThat(withSession.statusCode()).as("session cookie on the API: " + endpoint).isEqualTo(401);
			}
			else {
				assertThat(withSession.statusCode()).as("session: " + endpoint).isEqualTo(403);
				// pages ignore bearer tokens: the request is anonymous (sign-in, or 403
				// for a
				// missing CSRF token)
				assertThat(withToken.statusCode()).as("a token does not open pages: " + endpoint).isIn(302, 403);
				if (withToken.statusCode() == 302) {
					assertSentToSignIn(withToken, endpoint);
				}
			}
		}
	}

	@Test
	void adminsGetThrough() {
		String csrf = csrf(admin);
		for (Endpoint endpoint : endpoints) {
			HttpResponse<String> response = endpoint.api() ? call(anonymous, endpoint, adminToken, null)
					: call(admin, endpoint, null, csrf);
			assertThat(response.statusCode()).as(endpoint + " " + response.body()).isNotIn(401, 403).isLessThan(500);
		}
	}

	@Test
	void adminsReadEveryAdminPageAndResourceOfARealUserAndAsset() {
		List<Endpoint> reads = endpoints.stream().filter(endpoint -> endpoint.method().equals("GET")).toList();
		assertThat(reads).isNotEmpty();
		for (Endpoint endpoint : reads) {
			String path = endpoint.concretePath(true);
			HttpResponse<String> response = endpoint.api() ? anonymous.getJson(path, adminToken) : admin.get(path);
			assertThat(response.statusCode()).as("GET " + path + " " + response.body()).isEqualTo(200);
		}
	}

	private List<Endpoint> adminEndpoints() {
		List<Endpoint> found = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String path : info.getPatternValues()) {
				if (path.equals("/admin") || path.startsWith("/admin/") || path.startsWith("/api/v1/admin")) {
					for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
						found.add(new Endpoint(method.name(), path));
					}
				}
			}
		}
		return found;
	}

	private HttpResponse<String> call(HttpTestClient client, Endpoint endpoint, String bearer, String csrf) {
		HttpRequest.Builder request = client.request(endpoint.concretePath());
		if (endpoint.api()) {
			request.header("Accept", "application/json").header("Content-Type", "application/json");
		}
		else {
			request.header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded");
		}
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		String body = endpoint.api() ? "{}" : csrf == null ? "" : "_csrf=" + csrf;
		request.method(endpoint.method(), "GET".equals(endpoint.method()) ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body));
		return client.send(request);
	}

	private static void assertSentToSignIn(HttpResponse<String> response, Endpoint endpoint) {
		assertThat(response.statusCode()).as(endpoint.toString()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).as(endpoint.toString())
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
	}

	private static String csrf(HttpTestClient client) {
		return HttpTestClient.csrfToken(client.get("/account").body());
	}

	record Endpoint(String method, String path) {

		boolean api() {
			return path.startsWith("/api/");
		}

		/**
		 * The path with its variables filled in: unknown users and assets, and the first
		 * choice of a variable restricted to choices.
		 */
		String concretePath() {
			return concretePath(false);
		}

		/**
		 * The path with its variables filled in: the seeded admin and BTC when
		 * {@code real}, otherwise unknown users and assets; the first choice of a
		 * variable restricted to choices.
		 */
		String concretePath(boolean real) {
			Matcher matcher = VARIABLE.matcher(path);
			StringBuilder concrete = new StringBuilder();
			while (matcher.find()) {
				String name = matcher.group(1);
				String choices = matcher.group(2);
				String value = choices != null ? choices.split("\\|")[0] : name.toLowerCase().contains("user")
						? (real ? UserMother.ADMIN_USERNAME : "no_such_user_zz") : real ? "BTC" : "ZZQQ9";
				matcher.appendReplacement(concrete, Matcher.quoteReplacement(value));
			}
			matcher.appendTail(concrete);
			return concrete.toString();
		}

		@Override
		public String toString() {
			return method + " " + path;
		}

	}

}
