package io.orderprocessor.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@link SignInPage} in Selenium, by the form's ids. */
public final class SeleniumSignInPage implements SignInPage {

	private final WebDriver driver;

	private final String base;

	public SeleniumSignInPage(WebDriver driver, int port) {
		this.driver = driver;
		this.base = "http://127.0.0.1:" + port;
	}

	@Override
	public SignInPage open() {
		driver.get(base + "/login");
		return this;
	}

	@Override
	public void submit(String username, String password) {
		SeleniumForms.type(driver, "username", username);
		SeleniumForms.type(driver, "password", password);
		driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
	}

}
