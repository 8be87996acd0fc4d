package io.orderprocessor.e2e;

import java.util.regex.Pattern;

import com.microsoft.playwright.Response;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.orderprocessor.e2e.pages.PlaywrightSignInPage;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.browser.PlaywrightBrowserTest;
import io.orderprocessor.user.UserMother;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The live parts in Chromium (static/js/app.js): a refresh that finds nothing changed
 * answers 304 to the ETag the page sends and swaps nothing, so focus stays; while the tab
 * is hidden the polls are dropped. The refreshes are started by the {@code tab-visible}
 * event that every live part listens for, not by waiting for the poll.
 */
class LiveRefreshPlaywrightIT extends PlaywrightBrowserTest {

	@BeforeEach
	void newTradersDashboard() {
		String username = UserMother.apiUser(new HttpTestClient(port), "live").username();
		new PlaywrightSignInPage(page).open().submit(username, UserMother.PASSWORD);
		assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));
	}

	@Test
	void anUnchangedLivePartAnswers304AndKeepsFocus() {
		Assertions.assertThat(refresh().status()).as("the first refresh has no ETag to send").isEqualTo(200);
		page.locator("#dashboard-live a").first().focus();
		page.evaluate("() => { document.getElementById('dashboard-live').seen = true; }");

		Response again = refresh();

		Assertions.assertThat(again.status()).isEqualTo(304);
		Assertions.assertThat(again.request().headerValue("if-none-match")).startsWith("W/");
		Assertions.assertThat((Boolean) page.evaluate("() => document.getElementById('dashboard-live').seen === true"))
			.as("the part was not swapped")
			.isTrue();
		assertThat(page.locator("#dashboard-live a").first()).isFocused();
	}

	@Test
	void aHiddenTabSendsNoRefresh() {
		Object sent = page
			.evaluate("() => {" + " Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });"
					+ " let sent = false;" + " document.addEventListener('htmx:beforeSend', () => { sent = true; });"
					+ " htmx.trigger(document.body, 'tab-visible');" + " return sent; }");

		Assertions.assertThat((Boolean) sent).isFalse();
	}

	private Response refresh() {
		return page.waitForResponse(
				response -> response.url().endsWith("/dashboard")
						&& response.request().headerValue("hx-request") != null,
				() -> page.evaluate("() => htmx.trigger(document.body, 'tab-visible')"));
	}

}
