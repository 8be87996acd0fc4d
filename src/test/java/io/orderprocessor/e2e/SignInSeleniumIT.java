package io.orderprocessor.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.orderprocessor.e2e.pages.SeleniumSignInPage;
import io.orderprocessor.support.browser.SeleniumBrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

class SignInSeleniumIT extends SeleniumBrowserTest {

	@Test
	void aTraderSignsInFromTheLandingPageAndSignsOut() {
		open("/");
		assertThat(driver.getTitle()).contains("Order Processor");

		driver.findElement(By.linkText("Sign in")).click();
		new SeleniumSignInPage(driver, port).submit("demo_trader", "Demo!Trader2026");

		await().until(ExpectedConditions.urlContains("/dashboard"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome back, Demo");

		driver.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
		await().until(ExpectedConditions.urlContains("/login?signedOut"));
		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("signed out");
	}

	@Test
	void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
		new SeleniumSignInPage(driver, port).open().submit("demo_trader", "Wrong!Password1");

		await().until(ExpectedConditions.urlContains("/login?error"));
		assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText())
			.isEqualTo("Invalid username or password");
	}

}
