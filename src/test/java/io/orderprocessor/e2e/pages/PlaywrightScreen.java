package io.orderprocessor.e2e.pages;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** {@link Screen} in Playwright (its assertions wait by themselves). */
public final class PlaywrightScreen implements Screen {

	private final Page page;

	/**
	 * @param page a page whose context has the application as its base URL
	 */
	public PlaywrightScreen(Page page) {
		this.page = page;
	}

	@Override
	public void open(String path) {
		try {
			page.navigate(path);
		}
		catch (PlaywrightException interrupted) {
			// the page we leave may navigate itself meanwhile (a live refresh that finds
			// its session ended goes to the sign-in page): then go where we meant to go
			if (!String.valueOf(interrupted.getMessage()).contains("interrupted by another navigation")) {
				throw interrupted;
			}
			page.waitForLoadState();
			page.navigate(path);
		}
	}

	@Override
	public void follow(String link) {
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(link).setExact(true)).click();
	}

	@Override
	public void awaitUrl(String regex) {
		assertThat(page).hasURL(Pattern.compile(regex));
		page.waitForLoadState();
	}

	@Override
	public void fill(String label, String text) {
		PlaywrightForms.label(page, label).fill(text);
	}

	@Override
	public void press(String button) {
		PlaywrightForms.button(page, button).click();
	}

	@Override
	public void click(String css) {
		page.locator(css).click();
	}

	@Override
	public void doubleClick(String css) {
		page.locator(css).dblclick();
	}

	@Override
	public void awaitText(String css, String text) {
		assertThat(page.locator(css)).hasText(text);
	}

	@Override
	public void awaitText(String css, String text, Duration within) {
		assertThat(page.locator(css)).hasText(text,
				new LocatorAssertions.HasTextOptions().setTimeout(within.toMillis()));
	}

	@Override
	public void awaitTextContaining(String css, String part) {
		assertThat(page.locator(css)).containsText(part);
	}

	@Override
	public void awaitCount(String css, int count) {
		assertThat(page.locator(css)).hasCount(count);
	}

	@Override
	public int count(String css) {
		return page.locator(css).count();
	}

	@Override
	public String value(String css) {
		return page.locator(css).inputValue();
	}

	@Override
	public String attribute(String css, String name) {
		return page.locator(css).getAttribute(name);
	}

	@Override
	public List<String> texts(String css) {
		return page.locator(css).allInnerTexts();
	}

	@Override
	public SignInPage signIn() {
		return new PlaywrightSignInPage(page);
	}

	@Override
	public AdminPages admin() {
		return new PlaywrightAdminPages(page);
	}

}
