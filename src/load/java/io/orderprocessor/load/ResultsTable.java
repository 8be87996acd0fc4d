package io.orderprocessor.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The run's table in Markdown: one row per scenario step (and detail rows per request),
 * each with its offered and achieved rate, latency percentiles, answers by status and its
 * ratio against the reference of the same run; then issue 12's targets, met or not.
 */
final class ResultsTable {

	/** What a row's ratio is taken against. */
	enum Reference {

		IS_STATIC, IS_STORE, OF_STATIC, OF_STORE, NONE

	}

	private record Spec(String model, String offered, Reference reference, String parent) {
	}

	private static final String STATIC_ROW = "reference: static file `/css/app.css`";

	private final Map<String, Spec> specs = new LinkedHashMap<>();

	private final List<String> notes = Collections.synchronizedList(new ArrayList<>());

	private final Map<String, String> skipped = new ConcurrentHashMap<>();

	private final List<String> orderSteps = new ArrayList<>();

	private final Instant started = Instant.now();

	private final String loadAtStart = loadAverage();

	private String rateLimitRow;

	private final List<String> wireTargets = Collections.synchronizedList(new ArrayList<>());

	void row(String name, String model, String offered, Reference reference) {
		specs.put(name, new Spec(model, offered, reference, null));
	}

	void detail(String name, String parent) {
		specs.put(name, new Spec("", "", Reference.NONE, parent));
	}

	void orderStep(String name) {
		orderSteps.add(name);
	}

	void rateLimitRow(String name) {
		rateLimitRow = name;
	}

	/** A step that did not run, and why. */
	void skipped(String row, String reason) {
		skipped.put(row, reason);
	}

	/** Lines of the targets section for the wire sizes ({@link WireCheck}). */
	void wireTargets(List<String> lines) {
		wireTargets.addAll(lines);
	}

	void note(String note) {
		notes.add(note);
	}

	String markdown(boolean ordersStopped) {
		double staticRate = rate(STATIC_ROW);
		double storeRate = rate(StoreReference.ROW);
		StringBuilder out = new StringBuilder();
		Instant ended = Instant.now();
		out.append("# Load suite results\n\n")
			.append("Run ")
			.append(started.truncatedTo(ChronoUnit.SECONDS))
			.append(" to ")
			.append(ended.truncatedTo(ChronoUnit.SECONDS))
			.append(" (")
			.append(ChronoUnit.SECONDS.between(started, ended))
			.append(" s of load), ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" cores, load average ")
			.append(loadAtStart)
			.append(" at the start and ")
			.append(loadAverage())
			.append(" at the end. Latencies in ms, as the load generator saw them; ratios against the ")
			.append("references of this run.\n\n");
		out.append(
				"| scenario · step | model | offered | achieved/s | p50 | p95 | p99 | answers by status | errors | ratio |\n");
		out.append("|---|---|---|---|---|---|---|---|---|---|\n");
		specs.forEach((name, spec) -> {
			Recorder.Row row = Recorder.existing(name);
			String label = spec.parent() == null ? name : "  · " + name.substring(spec.parent().length() + 3);
			out.append("| ").append(String.join(" | ", label, spec.model(), spec.offered())).append(" | ");
			if (row == null || row.count() == 0) {
				out.append(skipped.getOrDefault(name, "not run")).append(" | | | | | | |\n");
				return;
			}
			String errors = row.errors().isEmpty() ? "0" : String.join(", ", row.errors());
			out.append(String.join(" | ", number(row.achievedRate()), millis(row.percentile(50)),
					millis(row.percentile(95)), millis(row.percentile(99)), statuses(row), errors,
					ratio(spec.reference(), row, staticRate, storeRate)))
				.append(" |\n");
		});
		out.append('\n');
		Recorder.Row limited = rateLimitRow == null ? null : Recorder.existing(rateLimitRow);
		if (limited != null) {
			out.append("Rate limiting: ").append(limited.count(429)).append(" answers were 429: ");
			List<String> kinds = new ArrayList<>();
			limited.notes().forEach((what, n) -> kinds.add(n + " " + what));
			out.append(kinds.isEmpty() ? "none" : String.join("; ", kinds)).append(".\n");
		}
		synchronized (notes) {
			for (String note : notes) {
				out.append(note).append('\n');
			}
		}
		out.append('\n').append(targets(staticRate, storeRate, ordersStopped));
		return out.toString();
	}

	private String targets(double staticRate, double storeRate, boolean ordersStopped) {
		StringBuilder out = new StringBuilder("## Issue 12 targets\n\n| target | measured | |\n|---|---|---|\n");
		for (String page : List.of("GET / (landing)", "GET /market", "GET /market/BTC")) {
			pageTarget(out, page, 0.30, staticRate);
		}
		for (String page : List.of("GET /dashboard", "GET /portfolio", "POST /trading/preview (htmx)")) {
			pageTarget(out, page, 0.20, staticRate);
		}
		for (String page : List.of("GET /health", "GET /api/v1/inventory/assets")) {
			pageTarget(out, page, 0.50, staticRate);
		}
		String lastUnder = null;
		String firstOver = null;
		for (String step : orderSteps) {
			Recorder.Row row = Recorder.existing(step);
			if (row == null || row.count() == 0) {
				break;
			}
			if (row.percentile(99) <= LoadSuiteSimulation.ORDER_P99_LIMIT_MS) {
				lastUnder = step;
			}
			else {
				firstOver = step;
				break;
			}
		}
		if (lastUnder == null) {
			out.append("| market orders across users ≥ 60% of the store's raw write rate (at p99 ≤ 100 ms) | ")
				.append("p99 passed 100 ms at the first step (")
				.append(firstOver == null ? "no step ran" : firstOver + ", p99 " + millis(p99(firstOver)) + " ms")
				.append(") | not met |\n");
		}
		else {
			double share = Recorder.existing(lastUnder).achievedRate() / storeRate;
			out.append("| market orders across users ≥ 60% of the store's raw write rate (at p99 ≤ 100 ms) | ")
				.append(lastUnder)
				.append(": ")
				.append(number(Recorder.existing(lastUnder).achievedRate()))
				.append("/s = ")
				.append(percent(share))
				.append(" of ")
				.append(number(storeRate))
				.append("/s")
				.append(firstOver == null ? (ordersStopped ? "" : "; p99 stayed under 100 ms at every step")
						: "; p99 passed 100 ms at " + firstOver + " (" + millis(p99(firstOver)) + " ms)")
				.append(" | ")
				.append(share >= 0.60 ? "met" : "not met (" + percent(0.60 - share) + " short)")
				.append(" |\n");
		}
		Recorder.Row contention = Recorder.existing("2 contention, one user @100/s");
		if (contention != null) {
			int fivexx = 0;
			for (Map.Entry<Integer, Integer> status : contention.statuses().entrySet()) {
				fivexx += status.getKey() >= 500 ? status.getValue() : 0;
			}
			int conflicts = contention.count(409);
			int timeouts = contention.count(Recorder.NO_ANSWER);
			double p99 = contention.percentile(99);
			Boolean exact = LoadSuiteSimulation.contention.exact();
			boolean met = fivexx == 0 && conflicts == 0 && timeouts == 0 && p99 <= 50 && Boolean.TRUE.equals(exact);
			out.append("| contention on one user @100/s: 0 5xx, 0 409, 0 timeouts, p99 ≤ 50 ms, balances exact | ")
				.append(fivexx)
				.append(" 5xx, ")
				.append(conflicts)
				.append(" 409, ")
				.append(timeouts)
				.append(" timeouts, p99 ")
				.append(millis(p99))
				.append(" ms, balances ")
				.append(exact == null ? "not checked" : exact ? "exact" : "NOT exact")
				.append(" | ")
				.append(met ? "met" : "not met")
				.append(" |\n");
		}
		Recorder.Row mix = Recorder.existing("1 latency mix @200/s");
		if (mix != null) {
			boolean met = mix.percentile(99) <= 25 && mix.errors().isEmpty();
			out.append("| latency mix @200/s: p99 ≤ 25 ms, 0 errors | p99 ")
				.append(millis(mix.percentile(99)))
				.append(" ms, errors: ")
				.append(mix.errors().isEmpty() ? "0" : String.join(", ", mix.errors()))
				.append(" | ")
				.append(met ? "met" : "not met")
				.append(" |\n");
		}
		if (wireTargets.isEmpty()) {
			out.append("| first load ≤ 33 KB, second view ≤ 8 KB, live refresh ≤ 2 KB | not measured | - |\n");
		}
		wireTargets.forEach(line -> out.append(line).append('\n'));
		return out.toString();
	}

	private void pageTarget(StringBuilder out, String page, double target, double staticRate) {
		Recorder.Row row = Recorder.existing("4 page alone: " + page);
		if (row == null || row.count() == 0) {
			return;
		}
		double share = row.achievedRate() / staticRate;
		out.append("| `")
			.append(page)
			.append("` ≥ ")
			.append(percent(target))
			.append(" of the static file | ")
			.append(number(row.achievedRate()))
			.append("/s = ")
			.append(percent(share))
			.append(" of ")
			.append(number(staticRate))
			.append("/s")
			.append(row.errors().isEmpty() ? "" : " (errors: " + String.join(", ", row.errors()) + ")")
			.append(" | ")
			.append(share >= target && row.errors().isEmpty() ? "met"
					: "not met (" + number(target * staticRate / Math.max(row.achievedRate(), 0.01)) + "× short)")
			.append(" |\n");
	}

	private static double p99(String name) {
		return Recorder.existing(name).percentile(99);
	}

	private static double rate(String name) {
		Recorder.Row row = Recorder.existing(name);
		return row == null ? Double.NaN : row.achievedRate();
	}

	private static String ratio(Reference reference, Recorder.Row row, double staticRate, double storeRate) {
		return switch (reference) {
			case IS_STATIC, IS_STORE -> "reference";
			case OF_STATIC -> percent(row.achievedRate() / staticRate) + " of static";
			case OF_STORE -> percent(row.achievedRate() / storeRate) + " of store write";
			case NONE -> "";
		};
	}

	private static String statuses(Recorder.Row row) {
		List<String> parts = new ArrayList<>();
		row.statuses().forEach((status, n) -> parts.add((status == Recorder.NO_ANSWER ? "none" : status) + ": " + n));
		return String.join(", ", parts);
	}

	private static String number(double value) {
		return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
	}

	private static String millis(double value) {
		return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
	}

	private static String percent(double share) {
		return String.format(Locale.ROOT, "%.1f%%", share * 100);
	}

	private static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + "/" + parts[1] + "/" + parts[2];
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

}
