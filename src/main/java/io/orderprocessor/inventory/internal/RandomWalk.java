package io.orderprocessor.inventory.internal;

import java.time.Instant;

/**
 * A bounded random walk that anyone can recompute: the price factor of an asset at an
 * instant is a sum of smoothed random steps at several time scales (30 days down to one
 * minute), each step drawn from a hash of the seed, the symbol, the scale and the time
 * bucket. No state and no clock of its own, so every instance with the same seed finds
 * the same factor for the same instant, at any instant in the past or future.
 * <p>
 * The steps' amplitudes add up to {@link #BOUND}, so the factor always stays within
 * {@code 1 ± BOUND × volatility}, inside the ±30% the rules allow.
 */
final class RandomWalk {

	private static final long[] BUCKET_SECONDS = { 30 * 86_400, 7 * 86_400, 86_400, 6 * 3_600, 3_600, 600, 60 };

	private static final double[] AMPLITUDE = { 0.09, 0.06, 0.05, 0.035, 0.025, 0.012, 0.006 };

	/** The largest distance of the factor from 1, at volatility 1. */
	static final double BOUND;

	static {
		double sum = 0;
		for (double amplitude : AMPLITUDE) {
			sum += amplitude;
		}
		BOUND = sum;
	}

	private final long seed;

	RandomWalk(long seed) {
		this.seed = seed;
	}

	/**
	 * The price factor of {@code symbol} at {@code instant}.
	 * @param volatility 0 (never moves) to 1 (moves the most)
	 */
	double factor(String symbol, double volatility, Instant instant) {
		double seconds = instant.getEpochSecond() + instant.getNano() / 1e9;
		int symbolHash = symbol.hashCode();
		double offset = 0;
		for (int scale = 0; scale < BUCKET_SECONDS.length; scale++) {
			double position = seconds / BUCKET_SECONDS[scale];
			long bucket = (long) Math.floor(position);
			double within = position - bucket;
			double smooth = within * within * (3 - 2 * within);
			double from = step(symbolHash, scale, bucket);
			double to = step(symbolHash, scale, bucket + 1);
			offset += AMPLITUDE[scale] * (from + (to - from) * smooth);
		}
		return 1 + Math.max(0, Math.min(1, volatility)) * offset;
	}

	/** A number in [0, 1) that depends only on the seed, the symbol and {@code salt}. */
	double unit(String symbol, long salt) {
		return (mix(seed ^ (symbol.hashCode() * 0x9E3779B97F4A7C15L) ^ (salt * 0xD6E8FEB86659FD93L)) >>> 11)
				* 0x1.0p-53;
	}

	/** A number in [-1, 1). */
	private double step(int symbolHash, int scale, long bucket) {
		long h = seed ^ (symbolHash * 0x9E3779B97F4A7C15L) ^ ((scale + 1) * 0xC2B2AE3D27D4EB4FL)
				^ (bucket * 0x165667B19E3779F9L);
		return ((mix(h) >>> 11) * 0x1.0p-53) * 2 - 1;
	}

	/** SplitMix64's finaliser: spreads every input bit over the output. */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
