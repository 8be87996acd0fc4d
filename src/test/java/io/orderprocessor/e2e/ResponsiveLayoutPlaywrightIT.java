package io.orderprocessor.e2e;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.orderprocessor.e2e.pages.PlaywrightLayout;
import io.orderprocessor.e2e.pages.PlaywrightSignInPage;
import io.orderprocessor.order.OrderMother;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.browser.PlaywrightBrowserTest;
import io.orderprocessor.user.UserMother;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main page at a phone's width (375 px) and a desktop's (1440 px), for a trader
 * with twelve holdings, an open limit order and ledger entries, and for an admin: nothing
 * scrolls sideways, the key figures are on screen and fit their cards, and the menu works
 * on a phone with and without JavaScript. Each page leaves a full-page screenshot under
 * {@code target/screenshots/<width>/}.
 */
class ResponsiveLayoutPlaywrightIT extends PlaywrightBrowserTest {

	private static final int PHONE = 375;

	/** Twelve assets, so that the allocation bar has twelve slices and cash. */
	private static final Map<String, String> BUYS = new LinkedHashMap<>();

	static {
		BUYS.put("BTC", "0.002");
		BUYS.put("ETH", "0.04");
		BUYS.put("DOGE", "1000");
		BUYS.put("SOL", "1");
		BUYS.put("XRP", "150");
		BUYS.put("ADA", "150");
		BUYS.put("AVAX", "2");
		BUYS.put("TRX", "700");
		BUYS.put("DOT", "10");
		BUYS.put("LINK", "5");
		BUYS.put("TON", "40");
		BUYS.put("MATIC", "100");
	}

	private String trader;

	private PlaywrightLayout layout;

	@BeforeEach
	void aTraderWithHoldingsOrdersAndLedgerEntries() {
		trader = UserMother.uniqueUsername("rsp");
		OrderMother.traderWithHoldingsAndAnOpenOrder(new HttpTestClient(port), trader, BUYS);
		layout = new PlaywrightLayout(page);
	}

	@ParameterizedTest(name = "at {0} px")
	@ValueSource(ints = { PHONE, 1440 })
	void everyMainPageFitsItsWidthWithItsKeyFiguresOnScreen(int width) {
		page.setViewportSize(width, 900);
		SoftAssertions soft = new SoftAssertions();

		visit(soft, width, "/", "landing");
		new PlaywrightSignInPage(page).open().submit(trader, UserMother.PASSWORD);
		assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));

		visit(soft, width, "/market", "market");
		Locator btc = page.locator("#asset-table tr[data-symbol=BTC]");
		soft.assertThat(layout.withinWidth(btc.locator("td").nth(1))).as("market: BTC price on screen").isTrue();
		soft.assertThat(layout.withinWidth(btc.locator(".change"))).as("market: BTC 24 h change on screen").isTrue();

		visit(soft, width, "/market/BTC", "asset");
		soft.assertThat(layout.withinWidth(page.locator(".asset-price__value"))).as("asset: price on screen").isTrue();

		visit(soft, width, "/dashboard", "dashboard");
		soft.assertThat(layout.withinWidth(page.locator("#summary-change"))).as("dashboard: 24 h change").isTrue();
		soft.assertThat(page.locator("#allocation .allocation__legend li").count())
			.as("allocation legend: twelve assets and cash")
			.isEqualTo(13);

		visit(soft, width, "/trading?asset=BTC", "trading");
		Locator cancel = page.locator("#open-orders-table").getByRole(AriaRole.BUTTON);
		assertThat(cancel).hasCount(1);
		soft.assertThat(layout.reachable(cancel)).as("trading: the open order's Cancel on screen").isTrue();

		visit(soft, width, "/portfolio", "portfolio");
		Locator holding = page.locator("#holding-BTC");
		soft.assertThat(layout.withinWidth(holding.locator("td[data-label='Market value']")))
			.as("portfolio: holding value on screen")
			.isTrue();
		soft.assertThat(layout.withinWidth(holding.locator("td[data-label='Unrealised P/L']")))
			.as("portfolio: holding P/L on screen")
			.isTrue();
		soft.assertThat(layout.withinWidth(holding.locator("td[data-label='Quantity']")))
			.as("portfolio: holding quantity on screen")
			.isTrue();

		visit(soft, width, "/portfolio/BTC", "portfolio-asset");
		soft.assertThat(layout.withinWidth(page.locator("#asset-value"))).as("portfolio asset: value").isTrue();

		visit(soft, width, "/account", "account");
		Locator entry = page.locator("#ledger-table tbody tr").first();
		soft.assertThat(layout.withinWidth(entry.locator("td[data-label='Amount']"))).as("ledger amount").isTrue();
		soft.assertThat(layout.withinWidth(entry.locator("td[data-label='Balance after']")))
			.as("ledger balance")
			.isTrue();

		visit(soft, width, "/profile", "profile");
		visit(soft, width, "/notifications", "notifications");

		page.context().clearCookies();
		new PlaywrightSignInPage(page).open().submit(UserMother.ADMIN_USERNAME, UserMother.ADMIN_PASSWORD);
		assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));
		visit(soft, width, "/admin", "admin-overview");
		visit(soft, width, "/admin/users?q=" + trader, "admin-users");
		visit(soft, width, "/admin/users/" + trader, "admin-user");
		soft.assertThat(layout.withinWidth(page.locator("#ledger-table tbody tr").first().locator("td").last()))
			.as("admin user: ledger balance on screen")
			.isTrue();
		visit(soft, width, "/admin/orders?user=" + trader, "admin-orders");
		Locator total = page.locator("#order-table tbody tr").first().locator("td[data-label='Total']");
		soft.assertThat(layout.withinWidth(total)).as("admin orders: total on screen").isTrue();
		soft.assertThat(fitsItsContainer("#order-table"))
			.as("admin orders: the table fits without scrolling inside its box")
			.isTrue();
		visit(soft, width, "/admin/assets", "admin-assets");
		visit(soft, width, "/admin/audit?target=" + trader, "admin-audit");
		Locator requestId = page.locator("#audit-table tbody tr").first().locator("code.id-short");
		soft.assertThat(requestId.getAttribute("title"))
			.as("audit: the whole request id in the title")
			.isEqualTo(requestId.textContent());
		soft.assertThat(requestId.boundingBox().height).as("audit: the request id on one line").isLessThan(24);
		soft.assertAll();
	}

	@Test
	void onAPhoneTheMenuOpensAndLeadsOnWithJavaScript() {
		page.setViewportSize(PHONE, 800);
		new PlaywrightSignInPage(page).open().submit(trader, UserMother.PASSWORD);
		assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));
		assertThat(layout.headerHeight()).as("a compact header").isLessThanOrEqualTo(64);
		assertThat(layout.navLink("Portfolio")).isHidden();
		assertThat(layout.menuToggle()).hasAttribute("aria-expanded", "false");

		layout.menuToggle().focus();
		page.keyboard().press("Enter");
		assertThat(layout.menuToggle()).hasAttribute("aria-expanded", "true");
		assertThat(layout.navLink("Portfolio")).isVisible();
		page.keyboard().press("Escape");
		assertThat(layout.navLink("Portfolio")).isHidden();
		assertThat(layout.menuToggle()).isFocused();

		layout.openMenu();
		layout.navLink("Portfolio").click();
		assertThat(page).hasURL(Pattern.compile(".*/portfolio$"));
		assertThat(page.locator("h1")).hasText("Portfolio");
	}

	@Test
	void onAPhoneTheMenuWorksWithoutJavaScript() {
		BrowserContext noScript = otherBrowser(
				new Browser.NewContextOptions().setJavaScriptEnabled(false).setViewportSize(PHONE, 800));
		try {
			Page phone = noScript.newPage();
			new PlaywrightSignInPage(phone).open().submit(trader, UserMother.PASSWORD);
			assertThat(phone).hasURL(Pattern.compile(".*/dashboard$"));
			PlaywrightLayout menu = new PlaywrightLayout(phone);
			assertThat(menu.navLink("Account")).isHidden();
			menu.menuToggle().focus();
			phone.keyboard().press("Enter");
			assertThat(menu.navLink("Account")).isVisible();
			menu.navLink("Account").click();
			assertThat(phone).hasURL(Pattern.compile(".*/account$"));
			assertThat(phone.locator("h1")).hasText("Account");
			assertThat(menu.scrollsSideways()).isFalse();
		}
		finally {
			noScript.close();
		}
	}

	@Test
	void onADesktopTheLinksAreInTheBar() {
		page.setViewportSize(1440, 900);
		new PlaywrightSignInPage(page).open().submit(trader, UserMother.PASSWORD);
		assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));
		assertThat(layout.menuToggle()).isHidden();
		assertThat(layout.navLink("Profile")).isVisible();
		layout.navLink("Profile").click();
		assertThat(page).hasURL(Pattern.compile(".*/profile$"));
	}

	private void visit(SoftAssertions soft, int width, String path, String name) {
		page.navigate(path);
		assertThat(page.locator("h1")).hasCount(1);
		soft.assertThat(layout.scrollsSideways()).as(name + " scrolls sideways at " + width + " px").isFalse();
		soft.assertThat(layout.spillingFigures()).as(name + ": figures spilling out of their cards").isEmpty();
		layout.screenshot(width, name);
	}

	private boolean fitsItsContainer(String table) {
		return Boolean.TRUE.equals(page.evaluate("t => { const w = document.querySelector(t).closest('.table-wrap');"
				+ " return w.scrollWidth <= w.clientWidth + 1; }", table));
	}

}
