package io.orderprocessor.support.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.function.Supplier;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Saves a screenshot of the browser under {@code target/screenshots/} when a test fails.
 */
public final class ScreenshotOnFailure implements TestWatcher {

	private final Supplier<byte[]> screenshot;

	public ScreenshotOnFailure(Supplier<byte[]> screenshot) {
		this.screenshot = screenshot;
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
		try {
			Path directory = Files.createDirectories(Paths.get("target", "screenshots"));
			Path file = directory.resolve(name + ".png");
			Files.write(file, screenshot.get());
			System.err.println("Screenshot of the failed test: " + file.toAbsolutePath());
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("Could not take a screenshot of " + name + ": " + ex.getMessage());
		}
	}

}
