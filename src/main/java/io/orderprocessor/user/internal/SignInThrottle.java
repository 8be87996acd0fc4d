package io.orderprocessor.user.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import io.orderprocessor.platform.security.DeviceCookies;
import io.orderprocessor.platform.security.SignInBlockedException;
import io.orderprocessor.platform.security.SignInUnavailableException;
import io.orderprocessor.user.UserEvents.SignInBlocked;

/**
 * Brute-force protection, in Redis so it holds across instances. Every attempt takes a
 * place in its counters BEFORE the password is checked, in one atomic step per counter (a
 * Redis script: refuse while the block key lives, else count; one over the limit sets the
 * block and clears the counter), so N concurrent attempts never get more than the limit
 * through to the password check. A right password gives its place back, so only failures
 * count; the failure that fills a counter starts the block. Counters:
 * <ul>
 * <li>per address: {@code ipMaxFailures} within {@code ipWindow}, then that address's
 * sign-ins are refused for {@code ipBlock}, even with the right password;</li>
 * <li>per username, only for clients without a valid device cookie for that user
 * (strangers; OWASP's "device cookies"): {@code usernameMaxFailures} within
 * {@code usernameWindow}, then strangers' sign-ins for that username wait
 * {@code usernameBlock}, while the owner's devices still get in;</li>
 * <li>per device cookie, the same numbers: a device that fails too often counts as a
 * stranger until its block ends.</li>
 * </ul>
 * Unknown usernames count like known ones. If Redis cannot be asked, sign-in fails
 * closed.
 */
@Component
public class SignInThrottle {

	private static final String PREFIX = "order-processor:signin:";

	/**
	 * KEYS: block, counter; ARGV: limit, window ms, block ms. Answers {1, count} when the
	 * attempt may go on, {0, ms left, 1 if this attempt started the block} when not.
	 */
	private static final RedisScript<List> ENTER = RedisScript.of("""
			local left = redis.call('PTTL', KEYS[1])
			if left > 0 then return {0, left, 0} end
			local n = redis.call('INCR', KEYS[2])
			if n == 1 then redis.call('PEXPIRE', KEYS[2], ARGV[2]) end
			if n > tonumber(ARGV[1]) then
			  redis.call('SET', KEYS[1], '1', 'PX', ARGV[3])
			  redis.call('DEL', KEYS[2])
			  return {0, tonumber(ARGV[3]), 1}
			end
			return {1, n, 0}
			""", List.class);

	/** KEYS: block, counter; ARGV: block ms. Starts the block unless it runs: 1 if so. */
	private static final RedisScript<Long> BLOCK = RedisScript.of("""
			if redis.call('SET', KEYS[1], '1', 'PX', ARGV[1], 'NX') then
			  redis.call('DEL', KEYS[2])
			  return 1
			end
			return 0
			""", Long.class);

	/** KEYS: counter. Gives a place back (never below zero, never creating it). */
	private static final RedisScript<Long> LEAVE = RedisScript.of("""
			local n = tonumber(redis.call('GET', KEYS[1]) or '0')
			if n > 0 then return redis.call('DECR', KEYS[1]) end
			return 0
			""", Long.class);

	private final StringRedisTemplate redis;

	private final SignInProperties properties;

	private final DeviceCookies devices;

	private final ApplicationEventPublisher events;

	SignInThrottle(StringRedisTemplate redis, SignInProperties properties, DeviceCookies devices,
			ApplicationEventPublisher events) {
		this.redis = redis;
		this.properties = properties;
		this.devices = devices;
		this.events = events;
	}

	/**
	 * Counts an attempt before its password is checked; give the result to
	 * {@link #succeeded} or {@link #failed} once it is.
	 * @param deviceCookie the attempt's device cookie, or null
	 * @throws SignInBlockedException when the address or the username is blocked, or this
	 * attempt is one over its limit
	 * @throws SignInUnavailableException when Redis cannot be asked
	 */
	Attempt begin(String ip, String username, String deviceCookie) {
		Counter byIp = ip == null ? null
				: new Counter("ip", ip, properties.ipMaxFailures(), properties.ipWindow(), properties.ipBlock());
		if (byIp != null) {
			enterOrRefuse(byIp);
		}
		try {
			Optional<String> device = devices.deviceOf(deviceCookie, username);
			if (device.isPresent()) {
				Counter byDevice = new Counter("device", device.get(), properties.usernameMaxFailures(),
						properties.usernameWindow(), properties.usernameBlock());
				if (enter(byDevice) == null) {
					return new Attempt(byIp, byDevice);
				}
				// a device that failed too often is a stranger again
			}
			Counter byUsername = new Counter("username", username, properties.usernameMaxFailures(),
					properties.usernameWindow(), properties.usernameBlock());
			enterOrRefuse(byUsername);
			return new Attempt(byIp, byUsername);
		}
		catch (RuntimeException ex) {
			leave(byIp); // refused for the username: this address's place goes back
			throw ex;
		}
	}

	/** The password was right: the attempt's places go back. */
	void succeeded(Attempt attempt) {
		leave(attempt.byIp());
		leave(attempt.byUser());
	}

	/**
	 * The password was wrong: the places stay taken; the one that filled a counter
	 * blocks.
	 */
	void failed(Attempt attempt) {
		for (Counter counter : new Counter[] { attempt.byIp(), attempt.byUser() }) {
			if (counter != null && counter.filled) {
				try {
					if (Long.valueOf(1).equals(redis.execute(BLOCK, counter.keys(), counter.blockMillis()))) {
						announce(counter);
					}
				}
				catch (RuntimeException ex) {
					// the next attempt fails closed if Redis stays away
				}
			}
		}
	}

	private void enterOrRefuse(Counter counter) {
		Duration refused = enter(counter);
		if (refused != null) {
			throw new SignInBlockedException(refused);
		}
	}

	/** Null when the attempt may go on, else how long it is refused. */
	private Duration enter(Counter counter) {
		List<?> answer;
		try {
			answer = redis.execute(ENTER, counter.keys(), Integer.toString(counter.limit),
					Long.toString(counter.window.toMillis()), counter.blockMillis());
		}
		catch (RuntimeException ex) {
			throw new SignInUnavailableException(ex);
		}
		if (answer == null || answer.size() < 3) {
			throw new SignInUnavailableException(new IllegalStateException("no answer from Redis"));
		}
		long second = ((Number) answer.get(1)).longValue();
		if (((Number) answer.get(0)).longValue() == 1) {
			counter.filled = second >= counter.limit;
			return null;
		}
		if (((Number) answer.get(2)).longValue() == 1) {
			announce(counter);
		}
		return Duration.ofMillis(Math.max(1000, second));
	}

	private void leave(Counter counter) {
		if (counter != null) {
			try {
				redis.execute(LEAVE, List.of(counter.keys().get(1)));
			}
			catch (RuntimeException ex) {
				// the place comes back when the counter expires
			}
		}
	}

	private void announce(Counter counter) {
		if (!counter.scope.equals("device")) {
			events.publishEvent(new SignInBlocked(counter.scope.equals("ip") ? "ip" : "username", counter.subject,
					Math.max(1, (counter.block.toSeconds() + 59) / 60)));
		}
	}

	/** One attempt's places, to be given back or kept once its password is checked. */
	record Attempt(Counter byIp, Counter byUser) {
	}

	/** A counter an attempt took a place in; {@code filled} if it took the last one. */
	static final class Counter {

		private final String scope;

		private final String subject;

		private final int limit;

		private final Duration window;

		private final Duration block;

		private boolean filled;

		Counter(String scope, String subject, int limit, Duration window, Duration block) {
			this.scope = scope;
			this.subject = subject;
			this.limit = limit;
			this.window = window;
			this.block = block;
		}

		// the rule is part of the keys: a changed setting starts afresh
		List<String> keys() {
			String rule = limit + "/" + window.toSeconds() + "/" + block.toSeconds() + ":" + subject;
			return List.of(PREFIX + "block:" + scope + ":" + rule, PREFIX + "count:" + scope + ":" + rule);
		}

		String blockMillis() {
			return Long.toString(block.toMillis());
		}

	}

}
