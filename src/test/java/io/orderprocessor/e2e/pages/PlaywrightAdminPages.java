package io.orderprocessor.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** {@link AdminPages} in Playwright, by the labels and buttons a person sees. */
public final class PlaywrightAdminPages implements AdminPages {

	private final Page page;

	public PlaywrightAdminPages(Page page) {
		this.page = page;
	}

	@Override
	public void searchUsers(String query) {
		label("Search users").fill(query);
	}

	@Override
	public void adjustCash(String amount, String reason) {
		label("Amount (USD)").fill(amount);
		label("Reason").fill(reason);
		button("Adjust cash").click();
	}

	@Override
	public void confirmLock(String reason) {
		label("Reason").fill(reason);
		button("Lock account").click();
	}

	@Override
	public void addAsset(String symbol, String name, String category, String description, String referencePrice) {
		label("Symbol").fill(symbol);
		label("Name").fill(name);
		label("Category").fill(category);
		label("Description").fill(description);
		label("Reference price (USD)").fill(referencePrice);
		button("Add asset").click();
	}

	@Override
	public void suspend(String symbol) {
		button("Suspend " + symbol).click();
	}

	@Override
	public void filterOrders(String username) {
		label("User").fill(username);
		button("Filter").click();
	}

	@Override
	public void filterAudit(String target, String type) {
		label("Target (user, address or asset)").fill(target);
		if (type != null) {
			page.locator("#audit-type").selectOption(type);
		}
		button("Filter").click();
	}

	private Locator label(String text) {
		return PlaywrightForms.label(page, text);
	}

	private Locator button(String name) {
		return PlaywrightForms.button(page, name);
	}

}
