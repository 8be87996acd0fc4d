package io.orderprocessor.platform.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.orderprocessor.order.OrderQueries;
import io.orderprocessor.order.OrderQuery;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.user.ApiUser;
import io.orderprocessor.user.UserMother;
import io.orderprocessor.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The single bad inputs of issue 14 (findings 10 and 12) that answered 500 or were taken
 * wrongly: each now answers a clear 4xx and changes nothing.
 */
@IntegrationTest
class BadInputFindingsTest {

	@LocalServerPort
	int port;

	@Autowired
	UserService users;

	@Autowired
	OrderQueries orders;

	@Autowired
	HttpTestClient http;

	@Test
	void aMarketingConsentThatIsNoBooleanIsRefusedOnTheProfilePage() {
		String username = UserMother.apiUser(http, "consent").username();
		HttpTestClient browser = UserMother.signedIn(port, username, UserMother.PASSWORD);
		HttpResponse<String> saved = browser.postForm("/profile", "/profile", "firstName=New&lastName=Name&email="
				+ username + "%40example.com&phone=&dateOfBirth=&marketingConsent=NaN");
		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(saved.body()).contains("id=\"marketingConsent-error\"");
		assertThat(users.profile(username).orElseThrow().firstName()).isEqualTo("Test");
	}

	@Test
	void aRegistrationWithAMarketingConsentThatIsNoBooleanIsRefused() {
		String username = UserMother.uniqueUsername("consentr");
		HttpResponse<String> registered = http.postForm("/register", "/register",
				"firstName=A&lastName=B&username=" + username + "&email=" + username
						+ "%40example.com&password=Secret!Pass12&confirmPassword=Secret!Pass12&marketingConsent=NaN");
		assertThat(registered.statusCode()).isEqualTo(200);
		assertThat(registered.body()).contains("id=\"marketingConsent-error\"");
		assertThat(users.exists(username)).isFalse();
	}

	@Test
	void aBidiCharacterInTheUserAgentOfASignInIsRefusedBeforeTheSignIn() throws IOException {
		String username = UserMother.apiUser(http, "bidi").username();
		String body = "{\"username\":\"" + username + "\",\"password\":\"" + UserMother.PASSWORD + "\"}";
		String answer = raw("POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
				+ "User-Agent: evil\u202Egnp.exe\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n"
				+ body);
		assertThat(statusOf(answer)).isEqualTo(400);
		assertThat(answer).contains("{\"detail\":\"Header User-Agent contains characters that are not allowed\"}");
	}

	@Test
	void aBidiCharacterInAnIdempotencyKeyIsRefusedAndPlacesNothing() throws IOException {
		ApiUser user = UserMother.apiUser(http, "bidik");
		String body = "{\"order_type\":\"market_buy\",\"asset_id\":\"BTC\",\"quantity\":\"0.001\"}";
		String answer = raw("POST /api/v1/orders HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
				+ "Authorization: Bearer " + user.token() + "\r\nIdempotency-Key: k\u202Ey\r\nContent-Length: "
				+ body.length() + "\r\nConnection: close\r\n\r\n" + body);
		assertThat(statusOf(answer)).isEqualTo(400);
		assertThat(orders.orders(user.username(), OrderQuery.latest(5)).totalCount()).isZero();
	}

	@Test
	void anAdminPathWithAnImpossibleUsernameIs404WithoutReachingTheStore() {
		String admin = UserMother.adminToken(http);
		HttpResponse<String> user = http.getJson("/api/v1/admin/users/" + "a".repeat(5000), admin);
		assertThat(user.statusCode()).isEqualTo(404);
		assertThat(user.body()).doesNotContain("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		HttpResponse<String> lock = http.send(http.request("/api/v1/admin/users/" + "b".repeat(5000) + "/lock")
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"x\"}")));
		assertThat(lock.statusCode()).isEqualTo(404);
		HttpResponse<String> filter = http.getJson("/api/v1/admin/orders?username=" + "c".repeat(5000), admin);
		assertThat(filter.statusCode()).isLessThan(500);
	}

	@Test
	void anAdminPageWithAnImpossibleUsernameIs404() {
		HttpTestClient browser = UserMother.signedInAsAdmin(port);
		assertThat(browser.get("/admin/users/" + "a".repeat(5000)).statusCode()).isEqualTo(404);
		HttpResponse<String> lock = browser.postForm("/admin/users", "/admin/users/" + "a".repeat(5000) + "/lock",
				"reason=x");
		assertThat(lock.statusCode()).isEqualTo(404);
		HttpResponse<String> adjust = browser.postForm("/admin/users",
				"/admin/users/" + "a".repeat(5000) + "/adjustments", "amount=5&reason=x");
		assertThat(adjust.statusCode()).isEqualTo(404);
	}

	@Test
	void theErrorPathRequestedDirectlyIsTheNotFoundPage() {
		HttpResponse<String> page = http.get("/error");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("<html");
		HttpResponse<String> json = http.getJson("/error", null);
		assertThat(json.statusCode()).isEqualTo(404);
	}

	@Test
	void aJsonBodyOverItsRoutesLimitIs413BeforeItIsRead() throws IOException {
		ApiUser user = UserMother.apiUser(http, "big");
		// announced: answered at once, without reading the 50 MB
		String announced = raw("POST /api/v1/balance/deposit HTTP/1.1\r\nHost: localhost\r\n"
				+ "Content-Type: application/json\r\nAuthorization: Bearer " + user.token()
				+ "\r\nContent-Length: 52428800\r\nConnection: close\r\n\r\n{\"amount\": \"1");
		assertThat(statusOf(announced)).isEqualTo(413);
		assertThat(announced).contains("\"detail\"");
		// chunked: cut where the limit is passed
		String padding = " ".repeat(70 * 1024);
		HttpResponse<String> chunked = http.send(http.request("/api/v1/balance/deposit")
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + user.token())
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
					("{\"amount\": \"10\"" + padding + "}").getBytes(StandardCharsets.UTF_8)))));
		assertThat(chunked.statusCode()).isEqualTo(413);
		assertThat(chunked.body()).startsWith("{\"detail\":");
		// sign-in has the smallest limit
		HttpResponse<String> login = http.postJson("/api/v1/auth/login",
				"{\"username\":\"" + user.username() + "\",\"password\":\"" + "x".repeat(20 * 1024) + "\"}");
		assertThat(login.statusCode()).isEqualTo(413);
		assertThat(users.profile(user.username())).isPresent();
		assertThat(http.getJson("/api/v1/balance", user.token()).body()).contains("\"current_balance\":\"0.00\"");
	}

	@Test
	void aJsonKeyGivenTwiceIsRefused() {
		ApiUser user = UserMother.apiUser(http, "dup");
		HttpResponse<String> deposit = http.send(http.request("/api/v1/balance/deposit")
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + user.token())
			.POST(HttpRequest.BodyPublishers.ofString("{\"amount\": \"10\", \"amount\": \"9000\"}")));
		assertThat(deposit.statusCode()).isEqualTo(400);
		assertThat(deposit.body()).isEqualTo("{\"detail\":\"Malformed JSON request body\"}");
		assertThat(http.getJson("/api/v1/balance", user.token()).body()).contains("\"current_balance\":\"0.00\"");
	}

	@Test
	void tomcatsOwnErrorAnswersCarryTheSecurityHeaders() throws IOException {
		String answer = raw("GET /api/v1/orders/%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

		assertThat(statusOf(answer)).isEqualTo(400);
		String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
		assertThat(head).contains("x-content-type-options: nosniff", "x-frame-options: deny",
				"content-security-policy: default-src 'none'", "referrer-policy:", "cache-control: no-store");
		assertThat(answer).doesNotContain("Apache Tomcat");
	}

	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			in.transferTo(answer);
			return answer.toString(StandardCharsets.ISO_8859_1);
		}
	}

	static int statusOf(String rawAnswer) {
		return Integer.parseInt(rawAnswer.substring(9, 12));
	}

}
