package io.orderprocessor.e2e.pages;

/**
 * The admin pages' forms, one journey for both browser suites
 * ({@link SeleniumAdminPages}, {@link PlaywrightAdminPages}). Each method fills a form of
 * the page the browser is on and submits it; what the page shows afterwards is for the
 * test to assert.
 */
public interface AdminPages {

	/** Users page: types into the search (htmx searches as the admin types). */
	void searchUsers(String query);

	/** A user's page: adjusts their cash (an empty reason is left empty). */
	void adjustCash(String amount, String reason);

	/** The lock confirmation page: gives the reason and confirms. */
	void confirmLock(String reason);

	/** The new asset page: adds an asset. */
	void addAsset(String symbol, String name, String category, String description, String referencePrice);

	/** The assets page: suspends trading in the asset. */
	void suspend(String symbol);

	/** The orders page: filters by user. */
	void filterOrders(String username);

	/** The audit page: filters by target and, when not null, by type. */
	void filterAudit(String target, String type);

}
