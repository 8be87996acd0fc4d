package io.orderprocessor.support.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ChromiumTest {

	@TempDir
	Path dir;

	@Test
	void withoutSystemChromiumTheDriversManagedBrowserIsUsed() {
		assertThat(Chromium.find(Map.<String, String>of()::get, Map.<String, String>of()::get, "CHROME_BIN",
				"chrome.bin", dir.resolve("no-chromium").toString()))
			.isEmpty();
	}

	@Test
	void debiansChromiumIsFoundWhenPresent() throws Exception {
		Path chromium = executable("chromium");
		assertThat(Chromium.find(Map.<String, String>of()::get, Map.<String, String>of()::get, "CHROME_BIN",
				"chrome.bin", chromium.toString()))
			.contains(chromium);
	}

	@Test
	void aConfiguredPathWins() throws Exception {
		Path chrome = executable("chrome");
		assertThat(Chromium.find(Map.of("CHROME_BIN", chrome.toString())::get, Map.<String, String>of()::get,
				"CHROME_BIN", "chrome.bin", "/nonexistent"))
			.contains(chrome);
		assertThat(Chromium.find(Map.<String, String>of()::get, Map.of("chrome.bin", chrome.toString())::get,
				"CHROME_BIN", "chrome.bin", "/nonexistent"))
			.contains(chrome);
	}

	@Test
	void aConfiguredPathThatDoesNotExistIsAnError() {
		assertThatIllegalStateException()
			.isThrownBy(() -> Chromium.find(Map.of("CHROME_BIN", dir.resolve("gone").toString())::get,
					Map.<String, String>of()::get, "CHROME_BIN", "chrome.bin", "/nonexistent"))
			.withMessageContaining("CHROME_BIN");
	}

	private Path executable(String name) throws Exception {
		Path file = Files.createFile(dir.resolve(name));
		file.toFile().setExecutable(true);
		return file;
	}

}
