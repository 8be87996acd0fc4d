package io.orderprocessor.platform.redis;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.scheduling.TaskScheduler;

/**
 * Pings Redis every {@code interval} (on the application's task scheduler) and records
 * the answer in the {@link RedisCircuit}: a failed ping opens the circuit at once, a good
 * one closes it. So an outage is noticed without a request paying for it, the return of
 * Redis is noticed within one interval, and {@code /health} answers from this state at
 * once.
 */
class RedisProbe implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RedisProbe.class);

	private final RedisConnectionFactory connections;

	private final RedisCircuit circuit;

	private final Duration interval;

	private final TaskScheduler scheduler;

	private ScheduledFuture<?> probing;

	RedisProbe(RedisConnectionFactory connections, RedisCircuit circuit, Duration interval, TaskScheduler scheduler) {
		this.connections = connections;
		this.circuit = circuit;
		this.interval = interval;
		this.scheduler = scheduler;
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
		if (probing == null) {
			probing = scheduler.scheduleWithFixedDelay(this::probe, interval);
		}
	}

	@Override
	public synchronized void stop() {
		if (probing != null) {
			probing.cancel(false);
			probing = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return probing != null;
	}

	/** Stops before the connection factory does. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE + 10;
	}

}
