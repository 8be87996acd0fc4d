package io.orderprocessor.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every answer of the run, by table row: latency, status (0: no answer in time or the
 * connection failed), and for the rate-limit scenario which headers a 429 carried.
 * Gatling's own report stays in {@code target/gatling}; this is what the table is made
 * of.
 */
final class Recorder {

	/** Status of a request that got no answer (timeout or connection failure). */
	static final int NO_ANSWER = 0;

	private static final Map<String, Row> rows = new LinkedHashMap<>();

	private Recorder() {
	}

	static synchronized Row row(String name) {
		return rows.computeIfAbsent(name, Row::new);
	}

	static synchronized Row existing(String name) {
		return rows.get(name);
	}

	/** One answer: sent {@code latencyMicros} before {@code endMillis}. */
	static void record(String name, int status, long latencyMicros, long endMillis) {
		row(name).add(status, latencyMicros, endMillis);
	}

	/** The figures of one row. */
	static final class Row {

		final String name;

		private long[] latencies = new long[1024];

		private int count;

		private long firstStart = Long.MAX_VALUE;

		private long lastEnd = Long.MIN_VALUE;

		private final Map<Integer, Integer> statuses = new TreeMap<>();

		private final Map<String, Integer> notes = new TreeMap<>();

		private Row(String name) {
			this.name = name;
		}

		synchronized void add(int status, long latencyMicros, long endMillis) {
			if (count == latencies.length) {
				latencies = Arrays.copyOf(latencies, count * 2);
			}
			latencies[count++] = latencyMicros;
			firstStart = Math.min(firstStart, endMillis - latencyMicros / 1000);
			lastEnd = Math.max(lastEnd, endMillis);
			statuses.merge(status, 1, Integer::sum);
		}

		/** A count beside the statuses, e.g. which 429s carried which headers. */
		synchronized void note(String what) {
			notes.merge(what, 1, Integer::sum);
		}

		synchronized int count() {
			return count;
		}

		synchronized int count(int status) {
			return statuses.getOrDefault(status, 0);
		}

		synchronized int note(String what, int otherwise) {
			return notes.getOrDefault(what, otherwise);
		}

		synchronized Map<Integer, Integer> statuses() {
			return new TreeMap<>(statuses);
		}

		synchronized Map<String, Integer> notes() {
			return new TreeMap<>(notes);
		}

		/**
		 * Answers per second (timeouts left out) between the first request sent and the
		 * last answer or timeout.
		 */
		synchronized double achievedRate() {
			if (count == 0 || lastEnd <= firstStart) {
				return 0;
			}
			return (count - statuses.getOrDefault(NO_ANSWER, 0)) * 1000.0 / (lastEnd - firstStart);
		}

		synchronized double seconds() {
			return count == 0 ? 0 : (lastEnd - firstStart) / 1000.0;
		}

		/**
		 * The latency below which {@code percent} of the answers came, in milliseconds.
		 */
		synchronized double percentile(double percent) {
			if (count == 0) {
				return Double.NaN;
			}
			long[] sorted = Arrays.copyOf(latencies, count);
			Arrays.sort(sorted);
			int index = (int) Math.ceil(percent / 100.0 * count) - 1;
			return sorted[Math.max(0, Math.min(count - 1, index))] / 1000.0;
		}

		/** Statuses other than 2xx/3xx, and answers that never came. */
		synchronized List<String> errors() {
			List<String> errors = new ArrayList<>();
			statuses.forEach((status, n) -> {
				if (status == NO_ANSWER) {
					errors.add("timeout " + n);
				}
				else if (status >= 400) {
					errors.add(status + " " + n);
				}
			});
			return errors;
		}

	}

}
