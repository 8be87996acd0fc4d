package io.orderprocessor.support;

import java.util.Map;
import java.util.TreeMap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The store calls made since a start, by operation ({@code get}, {@code batch_get},
 * {@code query}, {@code count}, {@code scan}, {@code write}), counted with the
 * {@code store.calls} timer (its counts, not its times): a test's call budget.
 */
public final class StoreCalls {

	private final MeterRegistry meters;

	private final Map<String, Double> before;

	private StoreCalls(MeterRegistry meters) {
		this.meters = meters;
		this.before = counts(meters);
	}

	/** Starts counting from the calls made so far. */
	public static StoreCalls since(MeterRegistry meters) {
		return new StoreCalls(meters);
	}

	/** The calls made since the start, by operation (operations with none left out). */
	public Map<String, Double> made() {
		Map<String, Double> made = new TreeMap<>();
		counts(meters).forEach((operation, count) -> {
			double delta = count - before.getOrDefault(operation, 0.0);
			if (delta > 0) {
				made.put(operation, delta);
			}
		});
		return made;
	}

	/** The calls of the operation made since the start. */
	public double of(String operation) {
		return made().getOrDefault(operation, 0.0);
	}

	/** Every call made since the start. */
	public double total() {
		return made().values().stream().mapToDouble(Double::doubleValue).sum();
	}

	/** Every call counted before the start (the meter does count, when positive). */
	public double before() {
		return before.values().stream().mapToDouble(Double::doubleValue).sum();
	}

	/** Every call but writes: get, batch_get, query, count and scan. */
	public double reads() {
		return total() - of("write");
	}

	private static Map<String, Double> counts(MeterRegistry meters) {
		Map<String, Double> counts = new TreeMap<>();
		for (Timer timer : meters.find("store.calls").timers()) {
			counts.merge(timer.getId().getTag("operation"), (double) timer.count(), Double::sum);
		}
		return counts;
	}

}
