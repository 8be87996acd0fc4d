package io.orderprocessor.load;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Client addresses for {@code X-Forwarded-For}: a virtual user is a client of its own, as
 * behind the production proxy. Addresses of the benchmarking range 198.18.0.0/15 (RFC
 * 2544), from a random place in it, so the per-address buckets a previous run left in
 * Redis (for a minute) are not met again.
 */
final class Addresses {

	private static final AtomicInteger next = new AtomicInteger(ThreadLocalRandom.current().nextInt(1 << 17));

	private Addresses() {
	}

	static String next() {
		int n = next.getAndIncrement() & 0x1FFFF;
		return "198." + (18 + (n >> 16)) + "." + (n >> 8 & 0xFF) + "." + (n & 0xFF);
	}

	/**
	 * An address outside the range of {@link #next()} (TEST-NET-3), for clients that
	 * share one.
	 */
	static String shared() {
		return "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
	}

}
