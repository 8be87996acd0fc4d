package io.orderprocessor.platform.security;

import java.time.Duration;

import io.orderprocessor.platform.redis.RedisCircuit;

/** Rate limiters for use-case tests outside Spring. */
public final class TestRateLimiters {

	private TestRateLimiters() {
	}

	/**
	 * A limiter whose Redis circuit is open: every call answers "unknown" and passes, as
	 * the services fail open for it. The limits themselves are tested on Redis
	 * ({@code SignInProtectionTest}, {@code RateLimitTest}).
	 */
	public static RateLimiter withoutRedis() {
		RedisCircuit circuit = new RedisCircuit(1, Duration.ofSeconds(1));
		circuit.trip(new IllegalStateException("no Redis in a use-case test"));
		return new RateLimiter(null, circuit);
	}

}
