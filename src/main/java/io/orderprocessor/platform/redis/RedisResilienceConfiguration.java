package io.orderprocessor.platform.redis;

import java.time.Duration;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.resource.Delay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.scheduling.TaskScheduler;

/**
 * Failing fast while Redis is away and recovering at once when it is back. The Lettuce
 * client (shared by Spring Session, the templates, and the rate limiter's buckets, which
 * are built on the same native client) refuses commands at once while disconnected
 * instead of queueing them until their timeout, and reconnects at a short constant delay
 * instead of backing off for up to 30 s. Command and connect timeouts are Boot's
 * {@code spring.data.redis.timeout} and {@code connect-timeout}. On top, the
 * {@link RedisCircuit} (fed by requests and by the {@link RedisProbe}) lets callers
 * refuse without touching Redis at all, and is the {@code redis} health check.
 */
@Configuration(proxyBeanMethods = false)
class RedisResilienceConfiguration {

	@Bean
	LettuceClientOptionsBuilderCustomizer failFastWhileDisconnected() {
		return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
			.autoReconnect(true);
	}

	@Bean
	ClientResourcesBuilderCustomizer shortReconnectDelay(
			@Value("${app.redis.reconnect-delay:500ms}") Duration reconnectDelay) {
		return resources -> resources.reconnectDelay(Delay.constant(reconnectDelay));
	}

	@Bean
	RedisCircuit redisCircuit(@Value("${app.redis.circuit.failure-threshold:3}") int failureThreshold,
			@Value("${app.redis.probe-interval:1s}") Duration probeInterval) {
		return new RedisCircuit(failureThreshold, probeInterval);
	}

	@Bean
	RedisProbe redisProbe(RedisConnectionFactory connections, RedisCircuit circuit,
			@Value("${app.redis.probe-interval:1s}") Duration interval, TaskScheduler scheduler) {
		return new RedisProbe(connections, circuit, interval, scheduler);
	}

	/**
	 * {@code redis} in {@code /health} and readiness: the circuit's state, so the check
	 * never waits on Redis (replaces Boot's indicator, which pings on every call).
	 */
	@Bean
	AbstractHealthIndicator redisHealthIndicator(RedisCircuit circuit) {
		return new AbstractHealthIndicator("Redis health check failed") {
			@Override
			protected void doHealthCheck(Health.Builder builder) {
				if (circuit.isOpen()) {
					builder.down()
						.withDetail("circuit", "open")
						.withDetail("error", String.valueOf(circuit.lastError()));
				}
				else {
					builder.up().withDetail("circuit", "closed");
				}
			}
		};
	}

}
