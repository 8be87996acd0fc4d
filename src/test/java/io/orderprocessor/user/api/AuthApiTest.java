package io.orderprocessor.user.api;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.support.JsonTexts;
import io.orderprocessor.user.ApiUser;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/** The Auth and profile part of api.md, as a client that knows only that document. */
@IntegrationTest
class AuthApiTest {

	static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	HttpTestClient http;

	@Test
	void registerAnswers201AndTheAccountCanSignIn() {
		String username = UserMother.uniqueUsername("api");
		HttpResponse<String> created = http.postJson("/api/v1/auth/register",
				"{\"username\":\"" + username + "\",\"email\":\"" + username
						+ "@example.com\",\"password\":\"Secret!Pass12\",\"first_name\":\"Ada\","
						+ "\"last_name\":\"Lovelace\",\"phone\":\"+44 20 7946 0958\",\"date_of_birth\":\"1990-12-10\","
						+ "\"marketing_emails_consent\":true}");

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).isEqualTo("{\"message\":\"User registered successfully\"}");
		String token = UserMother.token(http, username.toUpperCase(), "Secret!Pass12");
		JsonNode profile = json.readTree(http.getJson("/api/v1/auth/profile", token).body());
		assertThat(JsonTexts.of(profile))
			.containsAllEntriesOf(Map.of("username", username, "email", username + "@example.com", "first_name", "Ada",
					"phone", "+44 20 7946 0958", "date_of_birth", "1990-12-10", "role", "CUSTOMER"));
		assertThat(profile.get("marketing_emails_consent").asBoolean()).isTrue();
		assertThat(profile.get("created_at").asString()).endsWith("Z");
		assertThat(profile.has("updated_at")).isTrue();
		assertThat(profile.has("password_hash")).isFalse();
	}

	@Test
	void duplicatesAre409WithTheOriginalsMessages() {
		String username = UserMother.apiUser(http, "dupapi").username();

		HttpResponse<String> sameName = http.postJson("/api/v1/auth/register",
				UserMother.registerJson(username).replace(username + "@", "other" + username + "@"));
		HttpResponse<String> sameEmail = http.postJson("/api/v1/auth/register", UserMother.registerJson(username)
			.replaceFirst("\"username\":\"" + username, "\"username\":\"x" + username));

		assertThat(sameName.statusCode()).isEqualTo(409);
		assertThat(sameName.body()).isEqualTo("{\"detail\":\"Username '" + username + "' already exists\"}");
		assertThat(sameEmail.statusCode()).isEqualTo(409);
		assertThat(sameEmail.body()).isEqualTo("{\"detail\":\"Email '" + username + "@example.com' already exists\"}");
	}

	@Test
	void invalidRegistrationsAre422ListingEveryFieldAndStoreNothing() {
		HttpResponse<String> response = http.postJson("/api/v1/auth/register",
				"{\"username\":\"<b>x</b>\",\"email\":\"nope\",\"password\":\"short\",\"first_name\":\"\","
						+ "\"last_name\":\"Ok\",\"phone\":\"123\",\"date_of_birth\":\"2999-01-01\"}");

		assertThat(response.statusCode()).isEqualTo(422);
		JsonNode detail = json.readTree(response.body()).get("detail");
		assertThat(detail).hasSize(6);
		assertThat(response.body()).contains("{\"loc\":[\"body\",\"username\"],\"msg\":\"Username must be 6-30")
			.contains("[\"body\",\"email\"]", "[\"body\",\"password\"]", "[\"body\",\"first_name\"]",
					"[\"body\",\"phone\"]", "[\"body\",\"date_of_birth\"]")
			.doesNotContain("<b>");
		assertThat(http.postJson("/api/v1/auth/register", "{\"marketing_emails_consent\": \"maybe\"}").statusCode())
			.isEqualTo(422);
	}

	/** Unknown users and wrong passwords get the same answer: it tells neither apart. */
	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource(delimiter = '|', textBlock = """
			nobody_at_all | Secret!Pass12
			demo_trader   | Secret!Pass12
			demo_trader   | Wrong!Pass123
			""")
	void unknownUsersAndWrongPasswordsGetTheSame401(String username, String password) {
		HttpResponse<String> signIn = http.postJson("/api/v1/auth/login",
				"{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");

		assertThat(signIn.statusCode()).isEqualTo(401);
		assertThat(signIn.body()).isEqualTo("{\"detail\":\"Invalid username or password\"}");
	}

	@ParameterizedTest(name = "{0} / {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			a b         | Secret!Pass12 | username          | password
			demo_trader | short         | password          | username
			a b         | short         | username password |
			""")
	void aSignInWhosePasswordOrUsernameBreaksItsFormatRuleIs422NamingEachField(String username, String password,
			String named, String notNamed) {
		HttpResponse<String> signIn = http.postJson("/api/v1/auth/login",
				"{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");

		assertThat(signIn.statusCode()).isEqualTo(422);
		assertThat(signIn.body()).doesNotContain("Invalid username or password");
		for (String field : named.split(" ")) {
			assertThat(signIn.body()).contains("\"loc\":[\"body\",\"" + field + "\"]");
		}
		if (notNamed != null) {
			assertThat(signIn.body()).doesNotContain("\"" + notNamed + "\"]");
		}
	}

	@Test
	void profileUpdatesAnswerTheUpdatedUser() {
		ApiUser trader = UserMother.apiUser(http, "upd");

		HttpResponse<String> updated = put("/api/v1/auth/profile", trader.token(),
				"{\"first_name\":\"Grace\",\"marketing_emails_consent\":true,\"phone\":\"(555) 010-0199\"}");

		assertThat(updated.statusCode()).isEqualTo(200);
		JsonNode body = json.readTree(updated.body());
		assertThat(body.get("message").asString()).isEqualTo("Profile updated successfully");
		assertThat(JsonTexts.of(body.get("user")))
			.containsAllEntriesOf(Map.of("first_name", "Grace", "last_name", "Trader", "phone", "(555) 010-0199"));
		assertThat(body.get("user").get("marketing_emails_consent").asBoolean()).isTrue();
		assertThat(put("/api/v1/auth/profile", trader.token(), "{\"email\":\"demo_trader@example.com\"}").statusCode())
			.isEqualTo(409);
		assertThat(put("/api/v1/auth/profile", trader.token(), "{\"last_name\":\"<script>\"}").statusCode())
			.isEqualTo(422);
	}

	@Test
	void aPasswordChangeRevokesOtherTokensAndSessionsButNotTheOneUsed() {
		ApiUser user = UserMother.apiUser(http, "pwd");
		String other = UserMother.token(http, user.username(), UserMother.PASSWORD);
		HttpTestClient browser = new HttpTestClient(port);
		browser.signIn(user.username(), UserMother.PASSWORD);
		assertThat(browser.get("/account").statusCode()).isEqualTo(200);

		HttpResponse<String> wrongCurrent = put("/api/v1/auth/password", user.token(),
				"{\"current_password\":\"Wrong!Pass123\",\"new_password\":\"Changed!Pass12\"}");
		HttpResponse<String> changed = put("/api/v1/auth/password", user.token(),
				"{\"current_password\":\"Secret!Pass12\",\"new_password\":\"Changed!Pass12\"}");

		assertThat(wrongCurrent.statusCode()).isEqualTo(422);
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).isEqualTo("{\"message\":\"Password changed\"}");
		assertThat(http.getJson("/api/v1/auth/profile", user.token()).statusCode()).isEqualTo(200);
		assertThat(http.getJson("/api/v1/auth/profile", other).statusCode()).isEqualTo(401);
		assertThat(browser.get("/account").statusCode()).as("the old session cookie").isEqualTo(302);
		assertThat(http
			.postJson("/api/v1/auth/login", "{\"username\":\"" + user.username() + "\",\"password\":\"Secret!Pass12\"}")
			.statusCode()).isEqualTo(401);
		UserMother.token(http, user.username(), "Changed!Pass12");
	}

	@Test
	void logoutRevokesTheTokenUntilItExpires() {
		String token = UserMother.apiUser(http, "out").token();

		HttpResponse<String> logout = http.send(http.request("/api/v1/auth/logout")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.noBody()));

		assertThat(logout.statusCode()).isEqualTo(200);
		assertThat(logout.body()).isEqualTo("{\"message\":\"Logged out successfully\"}");
		assertThat(http.getJson("/api/v1/auth/profile", token).statusCode()).isEqualTo(401);
	}

	@Test
	void aLockedAccountIsRefusedWith403AndItsTokensAndSessionsStopAtOnce() {
		ApiUser user = UserMother.apiUser(http, "lock");
		HttpTestClient browser = new HttpTestClient(port);
		browser.signIn(user.username(), UserMother.PASSWORD);

		String admin = UserMother.token(http, "demo_admin", "Demo!Admin2026");
		assertThat(post("/api/v1/admin/users/" + user.username() + "/lock", admin, "{}").statusCode()).isEqualTo(200);

		HttpResponse<String> login = http.postJson("/api/v1/auth/login",
				"{\"username\":\"" + user.username() + "\",\"password\":\"" + UserMother.PASSWORD + "\"}");
		assertThat(login.statusCode()).isEqualTo(403);
		assertThat(login.body()).isEqualTo("{\"detail\":\"Account locked\"}");
		assertThat(http.getJson("/api/v1/auth/profile", user.token()).statusCode()).isEqualTo(401);
		assertThat(browser.get("/account").statusCode()).isEqualTo(302);
		HttpResponse<String> page = new HttpTestClient(port).signIn(user.username(), UserMother.PASSWORD);
		assertThat(page.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
		HttpResponse<String> wrongPassword = http.postJson("/api/v1/auth/login",
				"{\"username\":\"" + user.username() + "\",\"password\":\"Wrong!Pass1234\"}");
		assertThat(wrongPassword.statusCode()).as("locked is told only to the right password").isEqualTo(401);

		assertThat(post("/api/v1/admin/users/" + user.username() + "/unlock", admin, "{}").statusCode()).isEqualTo(200);
		UserMother.token(http, user.username(), UserMother.PASSWORD);
	}

	private HttpResponse<String> post(String path, String token, String body) {
		return http.postJson(path, body, token);
	}

	private HttpResponse<String> put(String path, String token, String body) {
		return http.send(http.request(path)
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body)));
	}

}
