package io.orderprocessor.e2e.pages;

/**
 * The sign-in page, one journey for both browser suites ({@link SeleniumSignInPage},
 * {@link PlaywrightSignInPage}); where the browser lands afterwards is for the test to
 * assert.
 */
public interface SignInPage {

	/** Opens {@code /login}. */
	SignInPage open();

	/** Types the credentials and presses "Sign in". */
	void submit(String username, String password);

}
