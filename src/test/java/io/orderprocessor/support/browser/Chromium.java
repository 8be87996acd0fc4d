package io.orderprocessor.support.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Where Debian's Chromium and ChromeDriver are, and the flags they need here (root, no
 * GPU, a closed network). Nothing is ever downloaded: {@code CHROME_BIN} and
 * {@code CHROMEDRIVER} (or the system properties {@code chrome.bin},
 * {@code chromedriver.bin}) override the Debian paths.
 */
public final class Chromium {

	public static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--disable-quic", "--window-size=1280,900");

	private Chromium() {
	}

	public static Path browser() {
		return existing("CHROME_BIN", "chrome.bin", "/usr/bin/chromium");
	}

	public static Path driver() {
		return existing("CHROMEDRIVER", "chromedriver.bin", "/usr/bin/chromedriver");
	}

	private static Path existing(String variable, String property, String fallback) {
		String configured = System.getenv(variable);
		if (configured == null || configured.isBlank()) {
			configured = System.getProperty(property, fallback);
		}
		Path path = Paths.get(configured);
		if (!Files.isExecutable(path)) {
			throw new IllegalStateException(path + " is missing: install Debian's chromium and chromium-driver "
					+ "(apt-get install chromium chromium-driver) or set " + variable);
		}
		return path;
	}

}
