package io.orderprocessor.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Typing into a form field in Selenium. */
final class SeleniumForms {

	private SeleniumForms() {
	}

	/** Replaces the text of the field with the id. */
	static void type(WebDriver driver, String id, String text) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

}
