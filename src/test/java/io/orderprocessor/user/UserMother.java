package io.orderprocessor.user;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import io.orderprocessor.support.HttpTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Fresh, valid accounts for tests: every call a new username and email. */
public final class UserMother {

	public static final String PASSWORD = "Secret!Pass12";

	/** The demo administrator the application seeds in the test profile. */
	public static final String ADMIN_USERNAME = "demo_admin";

	/** Its password ({@code app.admin.password} of the demo). */
	public static final String ADMIN_PASSWORD = "Demo!Admin2026";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private UserMother() {
	}

	public static String uniqueUsername(String prefix) {
		return prefix + "_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
	}

	public static Registration registration(String username) {
		return new Registration(username, username + "@example.com", PASSWORD, "Test", "Trader", null, null, false);
	}

	public static String registerJson(String username) {
		return "{\"username\":\"" + username + "\",\"email\":\"" + username + "@example.com\",\"password\":\""
				+ PASSWORD + "\",\"first_name\":\"Test\",\"last_name\":\"Trader\"}";
	}

	/**
	 * Registers a new account through the API, its name from {@code prefix}, and signs
	 * in; answers its username and bearer token.
	 */
	public static ApiUser apiUser(HttpTestClient http, String prefix) {
		String username = uniqueUsername(prefix);
		return new ApiUser(username, registeredToken(http, username));
	}

	/** Registers through the API and signs in; answers the bearer token. */
	public static String registeredToken(HttpTestClient http, String username) {
		HttpResponse<String> registered = http.postJson("/api/v1/auth/register", registerJson(username));
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
		return token(http, username, PASSWORD);
	}

	/**
	 * Registers through the API, deposits {@code amount} and signs the client in through
	 * the sign-in form (its session cookie); answers the bearer token.
	 */
	public static String fundedAndSignedIn(HttpTestClient http, String username, String amount) {
		String token = registeredToken(http, username);
		HttpResponse<String> deposit = http.postJson("/api/v1/balance/deposit", "{\"amount\":\"" + amount + "\"}",
				token);
		assertThat(deposit.statusCode()).as(deposit.body()).isEqualTo(201);
		assertThat(http.signIn(username, PASSWORD).statusCode()).as("signed in as %s", username).isEqualTo(302);
		return token;
	}

	public static String token(HttpTestClient http, String username, String password) {
		HttpResponse<String> login = http.postJson("/api/v1/auth/login",
				"{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		return login.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
	}

	/** Signs the demo administrator in through the API; answers its bearer token. */
	public static String adminToken(HttpTestClient http) {
		return token(http, ADMIN_USERNAME, ADMIN_PASSWORD);
	}

	/** A browser-like client signed in as the demo administrator. */
	public static HttpTestClient signedInAsAdmin(int port) {
		return signedIn(port, ADMIN_USERNAME, ADMIN_PASSWORD);
	}

	/**
	 * A browser-like client signed in through the sign-in form, with its session cookie.
	 */
	public static HttpTestClient signedIn(int port, String username, String password) {
		HttpTestClient client = new HttpTestClient(port);
		HttpResponse<String> signIn = client.signIn(username, password);
		assertThat(signIn.headers().firstValue("Location")).as("signed in as %s", username)
			.hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard"));
		return client;
	}

}
