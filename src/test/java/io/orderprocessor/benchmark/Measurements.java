package io.orderprocessor.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs an operation a fixed number of times from a number of threads and reports
 * throughput and latency percentiles; each result is printed and appended to
 * {@code target/benchmark-results.md}. Figures, not assertions: benchmarks never fail on
 * speed.
 */
final class Measurements {

	private static final Path REPORT = Paths.get("target", "benchmark-results.md");

	private Measurements() {
	}

	static String run(String name, int threads, int operationsPerThread, Runnable operation) throws Exception {
		for (int i = 0; i < Math.min(200, operationsPerThread); i++) {
			operation.run(); // warm-up
		}
		long[][] latencies = new long[threads][operationsPerThread];
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		try {
			List<Callable<Void>> tasks = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				long[] mine = latencies[t];
				tasks.add(() -> {
					for (int i = 0; i < operationsPerThread; i++) {
						long before = System.nanoTime();
						operation.run();
						mine[i] = System.nanoTime() - before;
					}
					return null;
				});
			}
			for (Future<Void> done : pool.invokeAll(tasks)) {
				done.get();
			}
		}
		finally {
			pool.shutdown();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
		String line = String.format("| %s | %d | %d | %.0f | %.2f | %.2f | %.2f |", name, threads, all.length,
				all.length / seconds, millis(all, 0.50), millis(all, 0.95), millis(all, 0.99));
		System.out.println("BENCHMARK " + line);
		append(line);
		return line;
	}

	private static double millis(long[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

	private static synchronized void append(String line) {
		try {
			Files.createDirectories(REPORT.getParent());
			if (!Files.exists(REPORT)) {
				Files.writeString(REPORT,
						"| benchmark | threads | operations | ops/s | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|---|---|\n");
			}
			Files.writeString(REPORT, line + "\n", StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
