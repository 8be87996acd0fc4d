package io.orderprocessor.e2e;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.data.redis.RedisIndexedSessionRepository;

import io.orderprocessor.e2e.pages.PlaywrightSignInPage;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.TestPrices;
import io.orderprocessor.support.browser.PlaywrightBrowserTest;
import io.orderprocessor.user.CashService;
import io.orderprocessor.user.UserMother;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The journeys of issue 15 in Playwright: a session that ends while the trade page is
 * open says so, signs in again and comes back to the trade; the keyboard goes from
 * "Review order" to the review panel and on to "Confirm order".
 */
class JourneysPlaywrightIT extends PlaywrightBrowserTest {

	@Autowired
	TestPrices prices;

	@Autowired
	CashService cash;

	@Autowired
	RedisIndexedSessionRepository sessions;

	@Test
	void aSessionThatEndsOnTheTradePageSaysSoAndComesBackToTheTrade() {
		prices.pin("ETH", "2000.00");
		String username = signedInTrader("ended");
		page.navigate("/trading?asset=ETH");
		label("Quantity (ETH)").fill("0.5");
		assertThat(page.locator("#preview-total")).hasText("$1,000.00");

		// the server forgets the session (as when it times out); the browser keeps the
		// cookie
		sessions.deleteById(sessionId());
		button("Review order").click();

		assertThat(page).hasURL(Pattern.compile(".*/login\\?expired$"));
		assertThat(page.locator("#session-ended")).hasText("Your session ended - sign in again.");
		// the sign-in page once more, as after a reload: the requests of the ended
		// session
		// can still leave the first one holding the token of another new session (open,
		// see
		// docs/architecture.md); the way back is a cookie, so it survives the reload
		page.navigate("/login?expired");
		new PlaywrightSignInPage(page).submit(username, UserMother.PASSWORD);
		assertThat(page).hasURL(Pattern.compile(".*/trading\\?asset=ETH(&continue)?$"));
		assertThat(page.locator("#price-panel h2")).containsText("Ethereum (ETH)");
	}

	@Test
	void enterOnReviewMovesFocusToTheReviewAndTabToConfirm() {
		prices.pin("ETH", "2000.00");
		signedInTrader("focus");
		page.navigate("/trading?asset=ETH");
		label("Quantity (ETH)").fill("0.5");
		assertThat(page.locator("#preview-total")).hasText("$1,000.00");
		page.locator("#review-order").focus();
		page.keyboard().press("Enter");

		assertThat(page.locator("#review-heading")).isFocused();
		page.keyboard().press("Tab");
		assertThat(page.locator("#confirm-order")).isFocused();
		page.keyboard().press("Enter");
		assertThat(page.locator("#flash [role=status]")).containsText("Bought 0.5 ETH");
		// the new order form's heading, not the page, has focus after the swap
		assertThat(page.locator("#order-heading")).isFocused();
	}

	private String signedInTrader(String prefix) {
		String username = UserMother.apiUser(new HttpTestClient(port), prefix).username();
		cash.deposit(username, "10000");
		new PlaywrightSignInPage(page).open().submit(username, UserMother.PASSWORD);
		assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));
		return username;
	}

	private String sessionId() {
		Cookie cookie = page.context()
			.cookies()
			.stream()
			.filter(c -> c.name.equals("SESSION"))
			.findFirst()
			.orElseThrow();
		return new String(Base64.getDecoder().decode(cookie.value), StandardCharsets.UTF_8);
	}

	private static Locator label(String text) {
		return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
	}

	private static Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
