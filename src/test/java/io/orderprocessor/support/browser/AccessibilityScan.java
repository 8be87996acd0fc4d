package io.orderprocessor.support.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Collects the serious and critical axe-core violations of every page a browser test
 * visits. A page is scanned once per document: the scan marks the window, and a new page
 * load comes with a fresh window.
 */
public final class AccessibilityScan {

	static final String MARK_SCANNED = "window.__axeScanned = true";

	static final String IS_SCANNED = "return window.__axeScanned === true";

	private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

	private final List<String> violations = new ArrayList<>();

	void record(String url, String rule, String impact, String help, int nodes) {
		if (impact != null && FAILING_IMPACTS.contains(impact)) {
			violations.add(url + ": " + rule + " (" + impact + ", " + nodes + " elements): " + help);
		}
	}

	public List<String> violations() {
		return List.copyOf(violations);
	}

	public void assertNoSeriousViolations() {
		assertThat(violations).as("serious or critical accessibility violations").isEmpty();
	}

	public void clear() {
		violations.clear();
	}

	/** After a test: fails on a serious or critical violation, and forgets them all. */
	public void assertNoSeriousViolationsAndClear() {
		try {
			assertNoSeriousViolations();
		}
		finally {
			clear();
		}
	}

}
