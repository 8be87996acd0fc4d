package io.orderprocessor.user.internal;

import java.time.Duration;
import java.util.Optional;

import io.github.bucket4j.ConsumptionProbe;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import io.orderprocessor.platform.security.RateLimiter;
import io.orderprocessor.platform.security.SignInBlockedException;
import io.orderprocessor.platform.security.SignInUnavailableException;
import io.orderprocessor.user.UserEvents.SignInBlocked;

/**
 * Brute-force protection, in Redis so it holds across instances: failed sign-ins are
 * counted per address and per username in bucket4j buckets; when a bucket runs dry, a
 * block key with a time-to-live refuses that address's (or username's) sign-ins until it
 * expires, even with the right password. Unknown usernames count like known ones. If
 * Redis cannot be asked, sign-in fails closed.
 */
@Component
public class SignInThrottle {

	private static final String BLOCK_PREFIX = "order-processor:signin:block:";

	private final RateLimiter limiter;

	private final StringRedisTemplate redis;

	private final SignInProperties properties;

	private final ApplicationEventPublisher events;

	SignInThrottle(RateLimiter limiter, StringRedisTemplate redis, SignInProperties properties,
			ApplicationEventPublisher events) {
		this.limiter = limiter;
		this.redis = redis;
		this.properties = properties;
		this.events = events;
	}

	/**
	 * @throws SignInBlockedException when the address or the username is blocked
	 * @throws SignInUnavailableException when Redis cannot be asked
	 */
	public void checkAllowed(String ip, String username) {
		long seconds;
		try {
			seconds = Math.max(remainingSeconds(ipBlockKey(ip)), remainingSeconds(usernameBlockKey(username)));
		}
		catch (RuntimeException ex) {
			throw new SignInUnavailableException(ex);
		}
		if (seconds > 0) {
			throw new SignInBlockedException(Duration.ofSeconds(seconds));
		}
	}

	/**
	 * Counts a failed sign-in; blocks the address or username when it was one too many.
	 */
	public void failed(String ip, String username) {
		if (ip != null && exhausted(
				limiter.tryConsume("signin-fail:ip:" + ip, properties.ipMaxFailures(), properties.ipWindow()))) {
			block(ipBlockKey(ip), properties.ipBlock(), "ip", ip);
		}
		if (username != null && exhausted(limiter.tryConsume("signin-fail:user:" + username,
				properties.usernameMaxFailures(), properties.usernameWindow()))) {
			block(usernameBlockKey(username), properties.usernameBlock(), "username", username);
		}
	}

	private static boolean exhausted(Optional<ConsumptionProbe> probe) {
		return probe.map(p -> !p.isConsumed() || p.getRemainingTokens() == 0).orElse(false);
	}

	private void block(String key, Duration duration, String scope, String subject) {
		try {
			redis.opsForValue().set(key, "1", duration);
		}
		catch (RuntimeException ex) {
			return; // the next attempt fails closed in checkAllowed
		}
		events.publishEvent(new SignInBlocked(scope, subject, Math.max(1, (duration.toSeconds() + 59) / 60)));
	}

	private long remainingSeconds(String key) {
		Long ttl = redis.getExpire(key);
		return ttl == null ? 0 : ttl;
	}

	// the rule is part of the key, as in RateLimiter: a changed setting starts afresh
	private String ipBlockKey(String ip) {
		return BLOCK_PREFIX + "ip:" + properties.ipMaxFailures() + "/" + properties.ipWindow().toSeconds() + "/"
				+ properties.ipBlock().toSeconds() + ":" + ip;
	}

	private String usernameBlockKey(String username) {
		return BLOCK_PREFIX + "user:" + properties.usernameMaxFailures() + "/" + properties.usernameWindow().toSeconds()
				+ "/" + properties.usernameBlock().toSeconds() + ":" + username;
	}

}
