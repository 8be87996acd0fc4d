package io.orderprocessor.platform.redis;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small circuit breaker in front of Redis. Closed, every call goes to Redis; after
 * {@code failureThreshold} consecutive failed calls, or one failed ping of the
 * {@link RedisProbe}, it opens: callers refuse at once (503, or a rate limit that fails
 * open) instead of each waiting for a timeout. While open, the probe's ping every
 * {@code probeInterval} is the trial call (half-open); its first success closes the
 * circuit. {@code /health} reads this state instead of making a call of its own.
 */
public class RedisCircuit {

	private final int failureThreshold;

	private final Duration probeInterval;

	private final AtomicInteger consecutiveFailures = new AtomicInteger();

	private volatile boolean open;

	private volatile String lastError;

	public RedisCircuit(int failureThreshold, Duration probeInterval) {
		this.failureThreshold = Math.max(1, failureThreshold);
		this.probeInterval = probeInterval;
	}

	/** Whether Redis is taken to be down: callers should not try it. */
	public boolean isOpen() {
		return open;
	}

	public void recordSuccess() {
		consecutiveFailures.set(0);
		open = false;
	}

	/** A failed call; opens the circuit at the threshold. */
	public void recordFailure(Throwable error) {
		lastError = kind(error);
		if (consecutiveFailures.incrementAndGet() >= failureThreshold) {
			open = true;
		}
	}

	/** A failed ping of the probe: proof enough, opens the circuit at once. */
	public void trip(Throwable error) {
		lastError = kind(error);
		consecutiveFailures.set(failureThreshold);
		open = true;
	}

	/** The kind of the last failure (no message: it may name hosts), or null. */
	public String lastError() {
		return lastError;
	}

	/** How long a refused caller should wait before trying again, in whole seconds. */
	public long retryAfterSeconds() {
		return Math.max(1, (probeInterval.toMillis() + 999) / 1000);
	}

	private static String kind(Throwable error) {
		return error == null ? null : error.getClass().getSimpleName();
	}

}
