package io.orderprocessor.platform.redis;

import java.net.http.HttpResponse;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions live in the real Redis, and sign-in and sign-out behave as a browser expects.
 */
@IntegrationTest
class SessionInRedisTest {

	@LocalServerPort
	int port;

	@Autowired
	StringRedisTemplate redis;

	@Test
	void openingTheSignInPageStoresASessionInRedis() {
		HttpResponse<String> page = new HttpTestClient(port).get("/login");

		String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).startsWith("SESSION=").contains("HttpOnly", "SameSite=Lax");
		assertThat(redis.hasKey(sessionKey(cookie))).isTrue();
	}

	@Test
	void signingInChangesTheSessionIdAndOpensTheDashboard() {
		HttpTestClient browser = new HttpTestClient(port);
		String before = browser.get("/login").headers().firstValue("Set-Cookie").orElseThrow();

		HttpResponse<String> signIn = browser.signIn("demo_trader", "Demo!Trader2026");

		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard"));
		assertThat(signIn.headers().allValues("Set-Cookie"))
			.anySatisfy(after -> assertThat(after).startsWith("SESSION=").isNotEqualTo(before));
		HttpResponse<String> dashboard = browser.get("/dashboard");
		assertThat(dashboard.statusCode()).isEqualTo(200);
		assertThat(dashboard.body()).contains("demo_trader");
	}

	@Test
	void aWrongPasswordSaysInvalidUsernameOrPassword() {
		HttpTestClient browser = new HttpTestClient(port);

		HttpResponse<String> signIn = browser.signIn("demo_trader", "wrong");

		assertThat(signIn.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		assertThat(browser.get("/login?error").body()).contains("Invalid username or password");
	}

	@Test
	void signingOutEndsTheSession() {
		HttpTestClient browser = new HttpTestClient(port);
		HttpResponse<String> signIn = browser.signIn("demo_trader", "Demo!Trader2026");
		String sessionCookie = HttpTestClient.cookie(signIn, "SESSION");

		HttpResponse<String> signOut = browser.postForm("/dashboard", "/logout", "");

		assertThat(signOut.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?signedOut"));
		assertThat(signOut.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("SESSION=;"));
		HttpTestClient oldCookie = new HttpTestClient(port);
		assertThat(oldCookie
			.send(oldCookie.request("/dashboard").header("Accept", "text/html").header("Cookie", sessionCookie))
			.statusCode()).as("the old session cookie no longer signs in").isEqualTo(302);
	}

	private static String sessionKey(String setCookie) {
		String value = setCookie.substring("SESSION=".length(), setCookie.indexOf(';'));
		return SessionConfiguration.NAMESPACE + ":sessions:" + new String(Base64.getDecoder().decode(value));
	}

	@Test
	void anExpiredSessionDuringAnHtmxRequestReloadsThePage() {
		HttpTestClient htmx = new HttpTestClient(port);

		HttpResponse<String> response = htmx.send(htmx.request("/dashboard").header("HX-Request", "true"));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("HX-Refresh")).hasValue("true");
	}

}
