package io.orderprocessor.platform.security;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.user.ApiUser;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Revocations (logout, password change) outlive the loss of Redis: after FLUSHALL, as
 * after a restart on an empty Redis, a revoked token is still refused and a fresh one
 * works.
 */
@IntegrationTest
class TokenRevocationTest {

	@Autowired
	HttpTestClient http;

	@Autowired
	StringRedisTemplate redis;

	@Test
	void aTokenRevokedAtLogoutStaysRevokedWhenRedisLosesItsData() {
		ApiUser user = UserMother.apiUser(http, "revoked");
		assertThat(balance(http, user.token()).statusCode()).isEqualTo(200);
		assertThat(post(http, user.token(), "/api/v1/auth/logout", "").statusCode()).isEqualTo(200);
		assertThat(balance(http, user.token()).statusCode()).isEqualTo(401);

		flushRedis();

		assertThat(balance(http, user.token()).statusCode()).as("revoked after FLUSHALL").isEqualTo(401);
		assertThat(balance(http, user.token()).statusCode()).as("and again").isEqualTo(401);
		String fresh = UserMother.token(http, user.username(), UserMother.PASSWORD);
		assertThat(balance(http, fresh).statusCode()).as("a fresh token").isEqualTo(200);
	}

	@Test
	void tokensRevokedByAPasswordChangeStayRevokedEvenWhenIssuedBeforeRedisLostItsData() {
		ApiUser user = UserMother.apiUser(http, "changed");
		String current = UserMother.token(http, user.username(), UserMother.PASSWORD);
		flushRedis(); // the tokens were issued before: Redis no longer knows them

		HttpResponse<String> change = http.send(http.request("/api/v1/auth/password")
			.header("Authorization", "Bearer " + current)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(
					"{\"current_password\":\"" + UserMother.PASSWORD + "\",\"new_password\":\"Another!Pass2026\"}")));
		assertThat(change.statusCode()).as(change.body()).isEqualTo(200);
		assertThat(balance(http, user.token()).statusCode()).isEqualTo(401);

		flushRedis();

		assertThat(balance(http, user.token()).statusCode()).as("revoked after FLUSHALL").isEqualTo(401);
		assertThat(balance(http, current).statusCode()).as("the token that changed it").isEqualTo(200);
	}

	private void flushRedis() {
		redis.execute((RedisCallback<Void>) connection -> {
			connection.serverCommands().flushAll();
			return null;
		});
	}

	private static HttpResponse<String> balance(HttpTestClient http, String token) {
		return http.getJson("/api/v1/balance", token);
	}

	private static HttpResponse<String> post(HttpTestClient http, String token, String path, String body) {
		return http.postJson(path, body, token);
	}

}
