package io.orderprocessor.support.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import io.orderprocessor.support.IntegrationTest;

/**
 * Playwright for Java driving Debian's headless Chromium (its own browser download is
 * skipped) against the whole application. Every page load is scanned with axe-core;
 * serious or critical violations fail the test. Each test gets a fresh browser context
 * (no cookies); the browser is started once for every test class of the JVM.
 */
@IntegrationTest
public abstract class PlaywrightBrowserTest {

	private static Playwright playwright;

	private static Browser browser;

	protected static final AccessibilityScan accessibility = new AccessibilityScan();

	private static BrowserContext context;

	private static final List<BrowserContext> otherContexts = new ArrayList<>();

	private static final Consumer<Page> scanner = PlaywrightBrowserTest::scan;

	protected static Page page;

	@RegisterExtension
	final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> page.screenshot());

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void startBrowser() {
		if (browser != null) {
			return;
		}
		Optional<Path> system = Chromium.browser();
		// no system Chromium: let Playwright download its own browser (needs internet),
		// even
		// though the build's environment says PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 for the
		// Debian case
		Map<String, String> env = new HashMap<>(System.getenv());
		if (system.isPresent()) {
			env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
		}
		else {
			env.remove("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD");
		}
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
		BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions().setHeadless(true).setArgs(Chromium.FLAGS);
		system.ifPresent(launch::setExecutablePath);
		browser = playwright.chromium().launch(launch);
		// starting Playwright's driver and Chromium took seconds per test class
		Playwright started = playwright;
		Runtime.getRuntime().addShutdownHook(new Thread(started::close));
	}

	@AfterAll
	static void closeContexts() {
		// the next test class gets contexts of its own in the same browser
		if (context != null) {
			context.close();
		}
		otherContexts.forEach(BrowserContext::close);
		otherContexts.clear();
		context = null;
		page = null;
	}

	@BeforeEach
	void newContext() {
		// the previous test's context stays open until now so a failure can still be
		// screenshot
		if (context != null) {
			page.offLoad(scanner);
			context.close();
		}
		context = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://127.0.0.1:" + port));
		page = context.newPage();
		page.onLoad(scanner);
	}

	/**
	 * A second browser context with its own cookies (another person's browser), closed
	 * after the test class. Its pages are not scanned.
	 */
	protected BrowserContext otherBrowser() {
		return otherBrowser(new Browser.NewContextOptions());
	}

	/**
	 * Another browser context with these options (a viewport, JavaScript off, ...) and
	 * the application as its base URL, closed after the test class. Its pages are not
	 * scanned.
	 */
	protected BrowserContext otherBrowser(Browser.NewContextOptions options) {
		BrowserContext other = browser.newContext(options.setBaseURL("http://127.0.0.1:" + port));
		otherContexts.add(other);
		return other;
	}

	/**
	 * A browser context with JavaScript off, closed after the test class. Its pages are
	 * not scanned.
	 */
	protected BrowserContext browserWithoutJavaScript() {
		return otherBrowser(new Browser.NewContextOptions().setJavaScriptEnabled(false));
	}

	@AfterEach
	void noSeriousAccessibilityViolations() {
		accessibility.assertNoSeriousViolationsAndClear();
	}

	/**
	 * axe wraps Playwright's "execution context was destroyed" in a plain
	 * RuntimeException.
	 */
	private static boolean leftThePage(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof PlaywrightException) {
				return true;
			}
		}
		return false;
	}

	private static void scan(Page loaded) {
		AxeResults results;
		try {
			if (Boolean.TRUE.equals(loaded.evaluate("() => window.__axeScanned === true"))) {
				return;
			}
			results = new AxeBuilder(loaded).analyze();
			loaded.evaluate("() => { " + AccessibilityScan.MARK_SCANNED + "; }");
		}
		catch (RuntimeException ex) {
			if (!leftThePage(ex)) {
				throw ex;
			}
			// the page went on to the next one (a redirect, a form post, a click
			// before the load event was handled) or closed while it was scanned;
			// the next page load is scanned in turn
			return;
		}
		results.getViolations()
			.forEach(rule -> accessibility.record(loaded.url(), rule.getId(), rule.getImpact(), rule.getHelp(),
					rule.getNodes().size()));
	}

}
