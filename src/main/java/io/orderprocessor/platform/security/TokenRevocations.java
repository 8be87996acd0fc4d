package io.orderprocessor.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Revoked API tokens, kept in Redis so every instance refuses them at once. Each issued
 * token is remembered per user until it expires, so all tokens of a user (but the one in
 * use) can be revoked after a password change or an account lock; a revoked token's
 * {@code jti} stays on the denylist until the token would have expired anyway.
 */
@Component
public class TokenRevocations {

	private static final String PREFIX = "order-processor:tokens:";

	private final StringRedisTemplate redis;

	private final Clock clock = Clock.systemUTC();

	TokenRevocations(StringRedisTemplate redis) {
		this.redis = redis;
	}

	/** Remembers that {@code jti} was issued to {@code username}. */
	void issued(String username, String jti, Instant expiresAt) {
		String key = userKey(username);
		redis.opsForZSet().add(key, jti, expiresAt.getEpochSecond());
		redis.opsForZSet().removeRangeByScore(key, 0, clock.instant().getEpochSecond() - 1);
		redis.expireAt(key, expiresAt.plusSeconds(60));
	}

	/** Refuses the token with this id from now until {@code expiresAt}. */
	public void revoke(String jti, Instant expiresAt) {
		Duration left = Duration.between(clock.instant(), expiresAt);
		if (!left.isNegative() && !left.isZero()) {
			redis.opsForValue().set(revokedKey(jti), "1", left.plusSeconds(1));
		}
	}

	/**
	 * Revokes every unexpired token of {@code username} except {@code keepJti} (may be
	 * null).
	 * @return how many tokens were revoked
	 */
	public int revokeAllOf(String username, String keepJti) {
		long now = clock.instant().getEpochSecond();
		Set<org.springframework.data.redis.core.ZSetOperations.TypedTuple<String>> tokens = redis.opsForZSet()
			.rangeByScoreWithScores(userKey(username), now, Double.MAX_VALUE);
		int revoked = 0;
		if (tokens != null) {
			for (var token : tokens) {
				if (token.getValue() != null && !token.getValue().equals(keepJti) && token.getScore() != null) {
					revoke(token.getValue(), Instant.ofEpochSecond(token.getScore().longValue()));
					revoked++;
				}
			}
		}
		return revoked;
	}

	/** Whether the token with this id was revoked; Redis failures propagate. */
	public boolean isRevoked(String jti) {
		return Boolean.TRUE.equals(redis.hasKey(revokedKey(jti)));
	}

	private static String userKey(String username) {
		return PREFIX + "user:" + username;
	}

	private static String revokedKey(String jti) {
		return PREFIX + "revoked:" + jti;
	}

}
