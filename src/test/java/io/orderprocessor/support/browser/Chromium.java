package io.orderprocessor.support.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where the system's Chromium and ChromeDriver are, and the flags they need here (root,
 * no GPU, a closed network). {@code CHROME_BIN} and {@code CHROMEDRIVER} (or the system
 * properties {@code chrome.bin}, {@code chromedriver.bin}) name them; otherwise Debian's
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}. When none is configured
 * and Debian's is absent, the result is empty and the drivers use their own managed
 * browser (Selenium Manager, Playwright's download), which needs internet. A configured
 * path that does not exist is an error.
 */
public final class Chromium {

	public static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--disable-quic", "--window-size=1280,900");

	private Chromium() {
	}

	/** The system Chromium, or empty: use the driver's managed browser. */
	public static Optional<Path> browser() {
		return find(System::getenv, System::getProperty, "CHROME_BIN", "chrome.bin", "/usr/bin/chromium");
	}

	/** The system ChromeDriver, or empty: let Selenium Manager provide one. */
	public static Optional<Path> driver() {
		return find(System::getenv, System::getProperty, "CHROMEDRIVER", "chromedriver.bin", "/usr/bin/chromedriver");
	}

	static Optional<Path> find(UnaryOperator<String> env, UnaryOperator<String> properties, String variable,
			String property, String debianPath) {
		String configured = env.apply(variable);
		if (configured == null || configured.isBlank()) {
			configured = properties.apply(property);
		}
		if (configured != null && !configured.isBlank()) {
			Path path = Paths.get(configured);
			if (!Files.isExecutable(path)) {
				throw new IllegalStateException(path + " (" + variable + ") is missing or not executable");
			}
			return Optional.of(path);
		}
		Path debian = Paths.get(debianPath);
		return Files.isExecutable(debian) ? Optional.of(debian) : Optional.empty();
	}

}
