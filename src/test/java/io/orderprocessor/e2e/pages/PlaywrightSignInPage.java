package io.orderprocessor.e2e.pages;

import com.microsoft.playwright.Page;

/** {@link SignInPage} in Playwright, by the labels and the button a person sees. */
public final class PlaywrightSignInPage implements SignInPage {

	private final Page page;

	/**
	 * @param page a page whose context has the application as its base URL
	 */
	public PlaywrightSignInPage(Page page) {
		this.page = page;
	}

	@Override
	public SignInPage open() {
		page.navigate("/login");
		return this;
	}

	@Override
	public void submit(String username, String password) {
		PlaywrightForms.label(page, "Username").fill(username);
		PlaywrightForms.label(page, "Password").fill(password);
		PlaywrightForms.button(page, "Sign in").click();
	}

}
