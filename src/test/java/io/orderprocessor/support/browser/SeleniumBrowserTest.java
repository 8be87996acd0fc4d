package io.orderprocessor.support.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import io.orderprocessor.support.IntegrationTest;

/**
 * Selenium on Debian's headless Chromium against the whole application. Every page the
 * test reaches (by URL, click or submit) is scanned with axe-core; serious or critical
 * violations fail the test. A failed test leaves a screenshot under {@code target/}.
 */
@IntegrationTest
public abstract class SeleniumBrowserTest {

	private static ChromeDriver chrome;

	protected static WebDriver driver;

	protected static final AccessibilityScan accessibility = new AccessibilityScan();

	@RegisterExtension
	final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(
			() -> ((TakesScreenshot) chrome).getScreenshotAs(OutputType.BYTES));

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void startBrowser() {
		chrome = newChrome();
		driver = new EventFiringDecorator<WebDriver>(new ScanEveryPage()).decorate(chrome);
	}

	/**
	 * A headless Chrome: the system Chromium and ChromeDriver when present
	 * ({@link Chromium}), otherwise what Selenium Manager provides (needs internet).
	 */
	public static ChromeDriver newChrome() {
		ChromeDriverService.Builder service = new ChromeDriverService.Builder().usingAnyFreePort();
		Chromium.driver().ifPresent(path -> service.usingDriverExecutable(path.toFile()));
		ChromeOptions options = new ChromeOptions();
		Chromium.browser().ifPresent(path -> options.setBinary(path.toFile()));
		options.addArguments("--headless=new");
		options.addArguments(Chromium.FLAGS);
		return new ChromeDriver(service.build(), options);
	}

	@AfterAll
	static void stopBrowser() {
		if (chrome != null) {
			chrome.quit();
		}
	}

	@AfterEach
	void noSeriousAccessibilityViolations() {
		try {
			accessibility.assertNoSeriousViolationsAndClear();
		}
		finally {
			chrome.manage().deleteAllCookies();
		}
	}

	/**
	 * Makes the page as wide and high as a device's screen (Chrome's device metrics over
	 * CDP: the window's own size has a minimum), until {@link #clearViewport()}.
	 */
	protected static void emulateViewport(int width, int height) {
		chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
	}

	protected static void clearViewport() {
		chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	protected void open(String path) {
		driver.get("http://127.0.0.1:" + port + path);
	}

	/**
	 * A wait that looks every 50 ms (Selenium's default, 500 ms, added up to half a
	 * second to every step of a journey).
	 */
	protected WebDriverWait waitUpTo(Duration timeout) {
		WebDriverWait wait = new WebDriverWait(driver, timeout);
		wait.pollingEvery(Duration.ofMillis(50));
		return wait;
	}

	protected WebDriverWait await() {
		return waitUpTo(Duration.ofSeconds(10));
	}

	// public: EventFiringDecorator calls the listener reflectively from another package
	public static final class ScanEveryPage implements WebDriverListener {

		@Override
		public void afterGet(WebDriver ignored, String url) {
			scanIfNew();
		}

		@Override
		public void afterClick(WebElement element) {
			scanIfNew();
		}

		@Override
		public void afterSubmit(WebElement element) {
			scanIfNew();
		}

		private static void scanIfNew() {
			JavascriptExecutor js = chrome;
			if (Boolean.TRUE.equals(js.executeScript(AccessibilityScan.IS_SCANNED))) {
				return;
			}
			Results results = new AxeBuilder().analyze(chrome);
			js.executeScript(AccessibilityScan.MARK_SCANNED);
			List.copyOf(results.getViolations())
				.forEach(rule -> accessibility.record(chrome.getCurrentUrl(), rule.getId(), rule.getImpact(),
						rule.getHelp(), rule.getNodes().size()));
		}

	}

}
