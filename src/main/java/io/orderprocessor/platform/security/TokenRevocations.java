package io.orderprocessor.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import io.orderprocessor.platform.store.AtomicWrite;
import io.orderprocessor.platform.store.Attributes;
import io.orderprocessor.platform.store.Item;
import io.orderprocessor.platform.store.Query;
import io.orderprocessor.platform.store.Store;
import io.orderprocessor.platform.store.UserPartition;

/**
 * Revoked API tokens. The store is the record, so a revocation survives the loss of
 * Redis; Redis is the fast path every API request asks (one round trip, no store read).
 * <ul>
 * <li>Each issued token is kept in the store under its user ({@code USER#<name>} /
 * {@code TOKEN#<jti>}, expiring with the token), so every token of a user can be revoked
 * after a password change or an account lock, even one issued before Redis lost its
 * data.</li>
 * <li>A revocation is written to the store first ({@code TOKENS#REVOKED} / {@code <jti>},
 * expiring with the token), then to Redis.</li>
 * <li>A marker key in Redis says the denylist there is complete. When a request finds it
 * missing (Redis restarted empty, or was flushed), the denylist is loaded again from the
 * store before that request's token is judged, and the marker is set again.</li>
 * </ul>
 */
@Component
public class TokenRevocations {

	private static final Logger log = LoggerFactory.getLogger(TokenRevocations.class);

	private static final String PREFIX = "order-processor:tokens:";

	static final String LOADED_MARKER = PREFIX + "denylist-loaded";

	static final String REVOKED_PARTITION = "TOKENS#REVOKED";

	private static final String TOKEN_PREFIX = "TOKEN#";

	private final StringRedisTemplate redis;

	private final Store store;

	private final Clock clock = Clock.systemUTC();

	private final Object loading = new Object();

	TokenRevocations(StringRedisTemplate redis, Store store) {
		this.redis = redis;
		this.store = store;
	}

	/** Remembers that {@code jti} was issued to {@code username}. */
	void issued(String username, String jti, Instant expiresAt) {
		store.write(AtomicWrite.create()
			.put(Item.at(UserPartition.of(username), TOKEN_PREFIX + jti)
				.set(Attributes.EXPIRES_AT, expiresAt.getEpochSecond())
				.build()));
	}

	/** Refuses the token with this id from now until {@code expiresAt}. */
	public void revoke(String jti, Instant expiresAt) {
		revokeAll(List.of(new Issued(jti, expiresAt.getEpochSecond())));
	}

	/**
	 * Revokes every unexpired token of {@code username} except {@code keepJti} (may be
	 * null).
	 * @return how many tokens were revoked
	 */
	public int revokeAllOf(String username, String keepJti) {
		List<Issued> tokens = new ArrayList<>();
		for (Item item : store.queryAll(Query.table(UserPartition.of(username)).beginsWith(TOKEN_PREFIX))) {
			String jti = item.key().sk().substring(TOKEN_PREFIX.length());
			if (!jti.equals(keepJti)) {
				tokens.add(new Issued(jti, item.longValue(Attributes.EXPIRES_AT, 0)));
			}
		}
		revokeAll(tokens);
		return tokens.size();
	}

	/**
	 * Whether the token with this id was revoked: one Redis round trip, plus a load of
	 * the denylist from the store when Redis has lost it. Failures propagate.
	 */
	public boolean isRevoked(String jti) {
		List<String> answers = redis.opsForValue().multiGet(List.of(revokedKey(jti), LOADED_MARKER));
		if (answers != null && answers.get(1) != null) {
			return answers.get(0) != null;
		}
		reload();
		return Boolean.TRUE.equals(redis.hasKey(revokedKey(jti)));
	}

	private void revokeAll(List<Issued> tokens) {
		long now = clock.instant().getEpochSecond();
		List<Issued> live = tokens.stream().filter(t -> t.expiresAt() > now).toList();
		// the store first: a revocation Redis loses is loaded again from there
		for (int from = 0; from < live.size(); from += 25) {
			AtomicWrite write = AtomicWrite.create();
			for (Issued token : live.subList(from, Math.min(live.size(), from + 25))) {
				write
					.put(Item.at(REVOKED_PARTITION, token.jti()).set(Attributes.EXPIRES_AT, token.expiresAt()).build());
			}
			store.write(write);
		}
		for (Issued token : live) {
			remember(token, now);
		}
	}

	/**
	 * Loads every unexpired revocation from the store into Redis, then sets the marker.
	 */
	private void reload() {
		synchronized (loading) {
			if (Boolean.TRUE.equals(redis.hasKey(LOADED_MARKER))) {
				return;
			}
			long now = clock.instant().getEpochSecond();
			int loaded = 0;
			for (Item item : store.queryAll(Query.table(REVOKED_PARTITION))) {
				remember(new Issued(item.key().sk(), item.longValue(Attributes.EXPIRES_AT, 0)), now);
				loaded++;
			}
			redis.opsForValue().set(LOADED_MARKER, Instant.ofEpochSecond(now).toString());
			log.info("Token denylist loaded from the store into Redis: {} revoked tokens", loaded);
		}
	}

	private void remember(Issued token, long now) {
		long left = token.expiresAt() - now;
		if (left > 0) {
			redis.opsForValue().set(revokedKey(token.jti()), "1", Duration.ofSeconds(left + 1));
		}
	}

	private static String revokedKey(String jti) {
		return PREFIX + "revoked:" + jti;
	}

	private record Issued(String jti, long expiresAt) {
	}

}
