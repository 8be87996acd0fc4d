package io.orderprocessor.e2e.pages;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
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
		shown("//a[normalize-space()=" + literal(link) + "]").click();
	}

	@Override
	public void awaitUrl(String regex) {
		await(ExpectedConditions.urlMatches(regex));
	}

	@Override
	public void fill(String label, String text) {
		String id = driver.findElement(By.xpath("//label[normalize-space()=" + literal(label) + "]"))
			.getAttribute("for");
		SeleniumForms.type(driver, id, text);
	}

	@Override
	public void press(String button) {
		shown("//button[normalize-space()=" + literal(button) + " or @aria-label=" + literal(button) + "]").click();
	}

	@Override
	public void click(String css) {
		driver.findElement(By.cssSelector(css)).click();
	}

	@Override
	public void doubleClick(String css) {
		new Actions(driver).doubleClick(driver.findElement(By.cssSelector(css))).perform();
	}

	@Override
	public void awaitText(String css, String text) {
		await(ExpectedConditions.textToBe(By.cssSelector(css), text));
	}

	@Override
	public void awaitText(String css, String text, Duration within) {
		await(ExpectedConditions.textToBe(By.cssSelector(css), text), within);
	}

	@Override
	public void awaitTextContaining(String css, String part) {
		await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), part));
	}

	@Override
	public void awaitCount(String css, int count) {
		await(ExpectedConditions.numberOfElementsToBe(By.cssSelector(css), count));
	}

	@Override
	public int count(String css) {
		return driver.findElements(By.cssSelector(css)).size();
	}

	@Override
	public String value(String css) {
		return driver.findElement(By.cssSelector(css)).getDomProperty("value");
	}

	@Override
	public String attribute(String css, String name) {
		return driver.findElement(By.cssSelector(css)).getAttribute(name);
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
		await(condition, Duration.ofSeconds(10));
	}

	private void await(ExpectedCondition<?> condition, Duration within) {
		new WebDriverWait(driver, within).pollingEvery(Duration.ofMillis(50)).until(condition);
	}

	// the first element on screen that matches, as Playwright finds by role and name
	private WebElement shown(String xpath) {
		return driver.findElements(By.xpath(xpath))
			.stream()
			.filter(WebElement::isDisplayed)
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("nothing on screen matches " + xpath));
	}

	// an XPath string literal (the texts here have no double quotes)
	private static String literal(String text) {
		return "\"" + text + "\"";
	}

}
