package io.orderprocessor.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** {@link AdminPages} in Selenium, by the forms' ids. */
public final class SeleniumAdminPages implements AdminPages {

	private final WebDriver driver;

	public SeleniumAdminPages(WebDriver driver) {
		this.driver = driver;
	}

	@Override
	public void searchUsers(String query) {
		type("user-q", query);
	}

	@Override
	public void adjustCash(String amount, String reason) {
		type("adjust-amount", amount);
		type("adjust-reason", reason);
		submit("#adjust-form");
	}

	@Override
	public void confirmLock(String reason) {
		type("confirm-reason", reason);
		submit("#confirm-form");
	}

	@Override
	public void addAsset(String symbol, String name, String category, String description, String referencePrice) {
		type("asset-symbol", symbol);
		type("asset-name", name);
		type("asset-category", category);
		type("asset-description", description);
		type("asset-price", referencePrice);
		submit("#new-asset-form");
	}

	@Override
	public void suspend(String symbol) {
		driver.findElement(By.xpath("//button[normalize-space()='Suspend " + symbol + "']")).click();
	}

	@Override
	public void filterOrders(String username) {
		type("order-user", username);
		submit("#order-filter");
	}

	@Override
	public void filterAudit(String target, String type) {
		type("audit-target", target);
		if (type != null) {
			new Select(driver.findElement(By.id("audit-type"))).selectByValue(type);
		}
		submit("#audit-filter");
	}

	private void type(String id, String text) {
		SeleniumForms.type(driver, id, text);
	}

	private void submit(String form) {
		driver.findElement(By.cssSelector(form + " button[type=submit]")).click();
	}

}
