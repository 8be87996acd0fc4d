package io.orderprocessor.e2e;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import io.orderprocessor.support.browser.PlaywrightBrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The market in Chromium through Playwright, which waits for each condition itself. */
class MarketPlaywrightIT extends PlaywrightBrowserTest {

	@Test
	void searchNarrowsTheListAsYouTypeAndKeepsItInTheUrl() {
		page.navigate("/market");
		Locator rows = page.locator("#asset-table tbody tr");
		assertThat(rows).hasCount(25);

		page.getByLabel("Search by name or symbol").pressSequentially("ether");

		assertThat(page).hasURL(Pattern.compile(".*q=ether.*"));
		assertThat(rows.first()).hasAttribute("data-symbol", "ETH");
		assertThat(page.locator("#asset-table tbody tr[data-symbol=BTC]")).hasCount(0);
		page.reload();
		assertThat(page.getByLabel("Search by name or symbol")).hasValue("ether");
		assertThat(page.locator("#asset-table tbody tr[data-symbol=BTC]")).hasCount(0);
		assertThat(rows.first()).hasAttribute("data-symbol", "ETH");
	}

	@Test
	void categoryAndPageSizeFilterWithoutAReload() {
		page.navigate("/market");

		page.getByLabel("Category").selectOption("stablecoin");
		assertThat(page).hasURL(Pattern.compile(".*category=stablecoin.*"));
		assertThat(page.locator("#asset-table tbody tr .tag:text-is('layer-1')")).hasCount(0);

		page.getByLabel("Category").selectOption("");
		page.getByLabel("Rows per page").selectOption("50");
		assertThat(page.locator("#asset-table tbody tr")).hasCount(50);
	}

	@Test
	void sortingAndPagingChangeTheUrlAndSurviveReloadAndBack() {
		page.navigate("/market");
		Locator count = page.locator("#market-count");

		page.locator("#sort-name").click();
		assertThat(page).hasURL(Pattern.compile(".*sort=name&dir=asc.*"));
		assertThat(page.locator("th:has(#sort-name)")).hasAttribute("aria-sort", "ascending");

		page.locator("#page-3").click();
		assertThat(page).hasURL(Pattern.compile(".*page=3.*"));
		assertThat(count).hasText("Showing 51-75 of 116 assets");

		page.reload();
		assertThat(count).hasText("Showing 51-75 of 116 assets");
		assertThat(page.locator("th:has(#sort-name)")).hasAttribute("aria-sort", "ascending");

		page.goBack();
		assertThat(page).hasURL(Pattern.compile(".*sort=name&dir=asc$"));
		assertThat(count).hasText("Showing 1-25 of 116 assets");
		assertThat(page.locator("th:has(#sort-name)")).hasAttribute("aria-sort", "ascending");

		page.goBack();
		assertThat(page).hasURL(Pattern.compile(".*/market$"));
		assertThat(page.locator("th:has(#sort-rank)")).hasAttribute("aria-sort", "ascending");
	}

	@Test
	void anAssetPageShowsAChartAndItsBuyLinkLeadsAnonymousUsersToSignIn() {
		page.navigate("/market/eth");
		assertThat(page).hasURL(Pattern.compile(".*/market/ETH$"));

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Ethereum");
		// the interactive chart (charts.js) in place of the server's SVG, which stays in
		// the page
		assertThat(page.getByRole(AriaRole.APPLICATION,
				new Page.GetByRoleOptions().setName(Pattern.compile("^Ethereum price, last 7 days"))))
			.isVisible();
		assertThat(page.locator("#price-chart polyline")).hasAttribute("points", Pattern.compile("\\d.*"));

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Buy ETH")).click();

		assertThat(page).hasURL(Pattern.compile(".*/login$"));
	}

	@Test
	void anInactiveAssetCannotBeTraded() {
		page.navigate("/market/FTT");

		assertThat(page.getByText("Trading suspended")).isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Buy FTT"))).hasCount(0);
	}

	@Test
	void theMarketAndAnAssetPageAreUsableOnAPhone() {
		page.setViewportSize(375, 740);

		for (String path : new String[] { "/market", "/market/BTC" }) {
			page.navigate(path);
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
			Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
			Assertions.assertThat(overflow).as("no horizontal page scrolling at 375 px on " + path).isEqualTo(false);
		}
	}

	@Test
	void theLandingPageLinksTheFeaturedAssetsToTheirPages() {
		page.navigate("/");
		assertThat(page.locator("#asset-count")).hasText(Pattern.compile("Trade \\d{3} assets"));

		page.locator("#featured-BTC").click();

		assertThat(page).hasURL(Pattern.compile(".*/market/BTC$"));
	}

}
