package io.orderprocessor.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.orderprocessor.e2e.pages.SeleniumSignInPage;
import io.orderprocessor.support.browser.SeleniumBrowserTest;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account journey in Selenium: create an account, deposit, withdraw, read the ledger,
 * edit the profile, change the password and sign in with it.
 */
class AccountsSeleniumIT extends SeleniumBrowserTest {

	@Test
	void aNewTraderOpensAnAccountMovesCashAndChangesThePassword() {
		String username = UserMother.uniqueUsername("se");
		open("/register");
		type("firstName", "Alan");
		type("lastName", "Turing");
		type("username", username);
		type("email", username + "@example.com");
		type("password", "Secret!Pass12");
		type("confirmPassword", "Secret!Pass12");
		driver.findElement(By.cssSelector("#register-form button[type=submit]")).click();

		await().until(ExpectedConditions.urlMatches(".*/dashboard$"));
		assertThat(flash()).contains("Welcome to Order Processor, Alan!");

		open("/account");
		type("deposit-amount", "1000");
		driver.findElement(By.xpath("//form[@id='deposit-form']//button[normalize-space()='Deposit']")).click();
		await().until(ExpectedConditions.textToBe(By.cssSelector("#flash [role=status]"),
				"Successfully deposited $1,000.00"));

		type("withdraw-amount", "0.99");
		driver.findElement(By.xpath("//form[@id='withdraw-form']//button[normalize-space()='Withdraw']")).click();
		await()
			.until(ExpectedConditions.textToBe(By.cssSelector("#flash [role=status]"), "Successfully withdrew $0.99"));
		assertThat(driver.findElement(By.id("cash-balance")).getText()).isEqualTo("$999.01");
		assertThat(driver.findElements(By.cssSelector("#ledger-table tbody tr"))).hasSize(2)
			.first()
			.satisfies(row -> assertThat(row.getText()).contains("Withdrawal", "-$0.99", "$999.01"));

		type("withdraw-amount", "5000");
		driver.findElement(By.xpath("//form[@id='withdraw-form']//button[normalize-space()='Withdraw']")).click();
		await().until(ExpectedConditions.visibilityOfElementLocated(By.id("withdraw-amount-error")));
		assertThat(driver.findElement(By.id("withdraw-amount-error")).getText())
			.as("typed %s", driver.findElement(By.id("withdraw-amount")).getAttribute("value"))
			.isEqualTo("Insufficient balance: available $999.01, requested $5,000.00");
		assertThat(driver.findElement(By.id("withdraw-amount")).getAttribute("aria-describedby"))
			.contains("withdraw-amount-error");

		open("/profile");
		type("lastName", "Turing-Smith");
		driver.findElement(By.cssSelector("#profile-form button[type=submit]")).click();
		await().until(ExpectedConditions.textToBe(By.cssSelector("#flash [role=status]"), "Your details were saved."));
		assertThat(driver.findElement(By.id("lastName")).getAttribute("value")).isEqualTo("Turing-Smith");

		type("currentPassword", "Secret!Pass12");
		type("newPassword", "Changed!Pass34");
		type("confirmNewPassword", "Changed!Pass34");
		driver.findElement(By.cssSelector("#password-form button[type=submit]")).click();
		await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#flash [role=status]"),
				"Password changed"));

		driver.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
		await().until(ExpectedConditions.urlContains("/login?signedOut"));
		new SeleniumSignInPage(driver, port).submit(username, "Secret!Pass12");
		await().until(ExpectedConditions.urlContains("/login?error"));
		assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText())
			.isEqualTo("Invalid username or password");

		new SeleniumSignInPage(driver, port).submit(username, "Changed!Pass34");
		await().until(ExpectedConditions.urlMatches(".*/dashboard$"));
	}

	private static void type(String id, String text) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private static String flash() {
		return driver.findElement(By.cssSelector("#flash [role=status]")).getText();
	}

}
