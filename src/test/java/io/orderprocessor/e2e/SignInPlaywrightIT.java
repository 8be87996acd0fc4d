package io.orderprocessor.e2e;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import io.orderprocessor.e2e.pages.PlaywrightSignInPage;
import io.orderprocessor.support.browser.PlaywrightBrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class SignInPlaywrightIT extends PlaywrightBrowserTest {

	@Test
	void aProtectedPageSendsToSignInAndBackAfterwards() {
		page.navigate("/dashboard");
		assertThat(page).hasURL(Pattern.compile(".*/login$"));

		new PlaywrightSignInPage(page).submit("demo_trader", "Demo!Trader2026");

		assertThat(page).hasURL(Pattern.compile(".*/dashboard.*"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Welcome back, Demo");
	}

	@Test
	void theLayoutWorksOnAPhone() {
		page.setViewportSize(375, 740);
		page.navigate("/");

		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Browse the market"))).isVisible();
		Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
		Assertions.assertThat(overflow).as("no horizontal scrolling at 375 px").isEqualTo(false);
	}

	@Test
	void unknownPagesShowTheNotFoundPageWithAWayBack() {
		new PlaywrightSignInPage(page).open().submit("demo_trader", "Demo!Trader2026");
		assertThat(page).hasURL(Pattern.compile(".*/dashboard.*"));

		page.navigate("/no-such-page");

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Page not found");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the home page")))
			.isVisible();
	}

}
