package io.orderprocessor.e2e.pages;

import java.time.Duration;
import java.util.List;

/**
 * One person's browser in either suite ({@link SeleniumScreen},
 * {@link PlaywrightScreen}): going to a page, following a link, and what a journey reads
 * on the page it is on, so a journey both suites share is written once. The {@code await}
 * methods wait (up to 10 s) for what a page load, a form post or an htmx swap brings; the
 * others read the page as it is.
 */
public interface Screen {

	/** Goes to the path of the application. */
	void open(String path);

	/** Clicks the link whose text is exactly this. */
	void follow(String link);

	/**
	 * Until the browser's URL matches the regular expression (and that page has loaded).
	 */
	void awaitUrl(String regex);

	/** Types into the field whose label's text is exactly this, replacing its text. */
	void fill(String label, String text);

	/** Clicks the button whose accessible name is exactly this. */
	void press(String button);

	/** Clicks the element. */
	void click(String css);

	/** Double-clicks the element, as a hurried person does. */
	void doubleClick(String css);

	/** Until the element's text is exactly this. */
	void awaitText(String css, String text);

	/** Until the element's text is exactly this, waiting up to {@code within}. */
	void awaitText(String css, String text, Duration within);

	/** Until the element's text contains this. */
	void awaitTextContaining(String css, String part);

	/** Until exactly this many elements match. */
	void awaitCount(String css, int count);

	/** How many elements match now. */
	int count(String css);

	/** The value of the form field now (what is typed in it). */
	String value(String css);

	/** The attribute of the element now (null when it has none). */
	String attribute(String css, String name);

	/** The text of each element that matches now. */
	List<String> texts(String css);

	/** The sign-in page in this browser. */
	SignInPage signIn();

	/** The admin pages' forms in this browser. */
	AdminPages admin();

}
