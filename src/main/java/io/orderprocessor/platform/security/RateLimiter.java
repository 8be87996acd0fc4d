package io.orderprocessor.platform.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.stereotype.Component;

import io.orderprocessor.platform.redis.RedisCircuit;

/**
 * Token buckets kept in Redis, so a limit holds across every instance of the application.
 * Connects on first use. {@link #tryConsume} answers empty when Redis cannot be reached,
 * at once while the {@link RedisCircuit} is open (no call, no timeout); the caller
 * decides whether that fails open (reads) or closed (sign-in).
 */
@Component
public class RateLimiter {

	private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

	private static final int BUCKETS_KEPT = 10_000;

	private final LettuceConnectionFactory connections;

	private final RedisCircuit circuit;

	private volatile Buckets buckets;

	RateLimiter(LettuceConnectionFactory connections, RedisCircuit circuit) {
		this.connections = connections;
		this.circuit = circuit;
	}

	/**
	 * Takes one token from the bucket {@code key} that holds {@code capacity} tokens
	 * refilled over {@code period}.
	 */
	public Optional<ConsumptionProbe> tryConsume(String key, long capacity, Duration period) {
		if (circuit.isOpen()) {
			return Optional.empty();
		}
		try {
			BucketConfiguration configuration = BucketConfiguration.builder()
				.addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
				.build();
			// the rule is part of the bucket's name: a changed limit starts a new bucket
			// instead of silently keeping the one stored under the old rule
			String name = "order-processor:rate:" + key + ":" + capacity + "/" + period.toSeconds() + "s";
			ConsumptionProbe probe = buckets().bucket(name, configuration).tryConsumeAndReturnRemaining(1);
			circuit.recordSuccess();
			return Optional.of(probe);
		}
		catch (RuntimeException ex) {
			circuit.recordFailure(ex);
			log.warn("Rate limit state in Redis is unavailable: {}", ex.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * The buckets of the factory's current client. A connection factory that is stopped
	 * and started again (as Spring's test framework does with cached contexts) makes a
	 * new client, and buckets on the old one would only answer "connection closed".
	 */
	private Buckets buckets() {
		RedisClient client = (RedisClient) connections.getNativeClient();
		Buckets current = buckets;
		if (current == null || current.client() != client) {
			synchronized (this) {
				current = buckets;
				if (current == null || current.client() != client) {
					current = new Buckets(client,
							Bucket4jLettuce.casBasedBuilder(client)
								.expirationAfterWrite(ExpirationAfterWriteStrategy
									.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
								.build());
					buckets = current;
				}
			}
		}
		return current;
	}

	/**
	 * The buckets of one client. A bucket in use is kept (up to {@value #BUCKETS_KEPT},
	 * for two minutes after its last use) with bucket4j's batching: concurrent requests
	 * for one bucket in this instance (one account's cash operations, one address's
	 * requests) go to Redis as one batch instead of each reading the bucket and racing
	 * the others with its compare-and-swap, which failed and went round again under load
	 * (many Redis round trips per request on one hot bucket). Exact as before: every
	 * token is still taken in Redis.
	 */
	private record Buckets(RedisClient client, ProxyManager<byte[]> manager, Cache<String, Bucket> inUse) {

		Buckets(RedisClient client, ProxyManager<byte[]> manager) {
			this(client, manager,
					Caffeine.newBuilder().maximumSize(BUCKETS_KEPT).expireAfterAccess(Duration.ofMinutes(2)).build());
		}

		Bucket bucket(String name, BucketConfiguration configuration) {
			return inUse.get(name,
					n -> manager.builder()
						.withOptimization(Optimizations.batching())
						.build(n.getBytes(StandardCharsets.UTF_8), () -> configuration));
		}

	}

}
