package io.orderprocessor.platform.redis;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Pings Redis every {@code interval} on a thread of its own and records the answer in the
 * {@link RedisCircuit}: a failed ping opens the circuit at once, a good one closes it. So
 * an outage is noticed without a request paying for it, the return of Redis is noticed
 * within one interval, and {@code /health} answers from this state at once.
 */
class RedisProbe implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RedisProbe.class);

	private final RedisConnectionFactory connections;

	private final RedisCircuit circuit;

	private final Duration interval;

	private ScheduledExecutorService scheduler;

	RedisProbe(RedisConnectionFactory connections, RedisCircuit circuit, Duration interval) {
		this.connections = connections;
		this.circuit = circuit;
		this.interval = interval;
	}

	/** One ping, recorded in the circuit. */
	void probe() {
		boolean wasOpen = circuit.isOpen();
		try (RedisConnection connection = connections.getConnection()) {
			connection.ping();
			circuit.recordSuccess();
			if (wasOpen) {
				log.info("Redis answers again: circuit closed");
			}
		}
		catch (RuntimeException ex) {
			circuit.trip(ex);
			if (!wasOpen) {
				log.warn("Redis does not answer ({}): circuit open, requests that need it answer 503",
						ex.getClass().getSimpleName());
			}
		}
	}

	@Override
	public synchronized void start() {
		if (scheduler == null) {
			scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
				Thread thread = new Thread(runnable, "redis-probe");
				thread.setDaemon(true);
				return thread;
			});
			scheduler.scheduleWithFixedDelay(this::probe, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	@Override
	public synchronized void stop() {
		if (scheduler != null) {
			scheduler.shutdownNow();
			scheduler = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return scheduler != null;
	}

	/** Stops before the connection factory does. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE + 10;
	}

}
