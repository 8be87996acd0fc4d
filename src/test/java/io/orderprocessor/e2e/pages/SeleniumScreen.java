package io.orderprocessor.e2e.pages;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@link Screen} in Selenium. */
public final class SeleniumScreen implements Screen {

	private final WebDriver driver;

	private final int port;

	public SeleniumScreen(WebDriver driver, int port) {
		this.driver = driver;
		this.port = port;
	}

	@Override
	public void open(String path) {
		driver.get("http://127.0.0.1:" + port + path);
	}

	@Override
	public void follow(String link) {
		driver.findElement(By.linkText(link)).click();
	}

	@Override
	public void awaitUrl(String regex) {
		await(ExpectedConditions.urlMatches(regex));
	}

	@Override
	public void awaitText(String css, String text) {
		await(ExpectedConditions.textToBe(By.cssSelector(css), text));
	}

	@Override
	public void awaitTextContaining(String css, String part) {
		await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), part));
	}

	@Override
	public int count(String css) {
		return driver.findElements(By.cssSelector(css)).size();
	}

	@Override
	public List<String> texts(String css) {
		return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

	@Override
	public SignInPage signIn() {
		return new SeleniumSignInPage(driver, port);
	}

	@Override
	public AdminPages admin() {
		return new SeleniumAdminPages(driver);
	}

	// looks every 50 ms: Selenium's default, 500 ms, adds up over a journey's steps
	private void await(ExpectedCondition<?> condition) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(50)).until(condition);
	}

}
