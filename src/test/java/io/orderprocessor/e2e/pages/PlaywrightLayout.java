package io.orderprocessor.e2e.pages;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;

/**
 * The shared layout in Playwright as a person sees it at some width: the menu, whether
 * the page scrolls sideways, whether an element is on screen, and a full-page screenshot
 * (build output under {@code target/screenshots/<width>/}).
 */
public final class PlaywrightLayout {

	private final Page page;

	public PlaywrightLayout(Page page) {
		this.page = page;
	}

	/** The menu's toggle (a {@code <summary>}), shown on narrow screens. */
	public Locator menuToggle() {
		return page.locator("#menu > summary");
	}

	/** Opens the menu if it is closed. */
	public void openMenu() {
		if (page.locator("#menu[open]").count() == 0) {
			menuToggle().click();
		}
	}

	/** A link of the main navigation, by its exact name. */
	public Locator navLink(String name) {
		return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	/** True when the document is wider than the window (the page scrolls sideways). */
	public boolean scrollsSideways() {
		return Boolean.TRUE.equals(page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth"));
	}

	/**
	 * The text of every summary figure wider than its box (a number spilling out of its
	 * card).
	 */
	@SuppressWarnings("unchecked")
	public List<String> spillingFigures() {
		return (List<String>) page.evaluate("() => [...document.querySelectorAll('.summary__value')]"
				+ ".filter(e => e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right"
				+ " > e.parentElement.getBoundingClientRect().right + 1).map(e => e.textContent.trim())");
	}

	/**
	 * True when the element is inside the window horizontally (not cut off at a side).
	 */
	public boolean withinWidth(Locator element) {
		BoundingBox box = element.boundingBox();
		return box != null && box.width > 0 && box.x >= 0 && box.x + box.width <= innerWidth() + 0.5;
	}

	/** Scrolls the element into view and tells whether all of it is then on screen. */
	public boolean reachable(Locator element) {
		element.scrollIntoViewIfNeeded();
		BoundingBox box = element.boundingBox();
		double height = ((Number) page.evaluate("() => window.innerHeight")).doubleValue();
		return withinWidth(element) && box.y >= 0 && box.y + box.height <= height + 0.5;
	}

	public double innerWidth() {
		return ((Number) page.evaluate("() => window.innerWidth")).doubleValue();
	}

	/** The height of the top bar in CSS pixels. */
	public double headerHeight() {
		return page.locator(".topbar").boundingBox().height;
	}

	/** Saves a full-page screenshot to {@code target/screenshots/<width>/<name>.png}. */
	public Path screenshot(int width, String name) {
		Path path = Paths.get("target", "screenshots", Integer.toString(width), name + ".png");
		page.screenshot(new Page.ScreenshotOptions().setPath(path).setFullPage(true));
		return path;
	}

}
