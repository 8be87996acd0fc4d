package io.orderprocessor.e2e;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.orderprocessor.e2e.pages.PlaywrightSignInPage;
import io.orderprocessor.order.OrderQueries;
import io.orderprocessor.order.OrderQuery;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.TestPrices;
import io.orderprocessor.support.browser.PlaywrightBrowserTest;
import io.orderprocessor.user.UserMother;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A trader's trading journey in Playwright: deposit, buy at market through the review
 * step (a double click places one order), sell part, place and cancel a limit order, see
 * the portfolio's P/L and the asset's history, and the dashboard updating in place.
 */
class TradingPlaywrightIT extends PlaywrightBrowserTest {

	@Autowired
	TestPrices prices;

	@Autowired
	OrderQueries orders;

	@Test
	void depositBuySellLimitCancelPortfolioAndDashboard() {
		prices.pin("BTC", "40000.00");
		String username = UserMother.uniqueUsername("pwt");
		UserMother.registeredToken(new HttpTestClient(port), username);
		new PlaywrightSignInPage(page).open().submit(username, UserMother.PASSWORD);
		assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));
		assertThat(page.locator("#empty-state")).containsText("Deposit funds");

		page.navigate("/account");
		label("Deposit amount (USD)").fill("10000");
		button("Deposit").click();
		assertThat(page.locator("#flash [role=status]")).hasText("Successfully deposited $10,000.00");

		page.navigate("/trading?asset=BTC&side=buy");
		label("Quantity (BTC)").fill("0.1");
		assertThat(page.locator("#preview-total")).hasText("$4,000.00");
		assertThat(page.locator("#preview-after")).hasText("$6,000.00");
		button("Review order").click();
		assertThat(page.locator("#review-summary")).hasText("Buy 0.1 BTC at market, about $4,000.00");
		page.locator("#confirm-order").dblclick();
		assertThat(page.locator("#flash [role=status]")).hasText("Bought 0.1 BTC at $40,000.00 for $4,000.00");
		assertThat(page.locator("#recent-orders-table tbody tr")).hasCount(1);
		assertThat(page.locator("#holding-owned")).containsText("0.1 BTC");
		Assertions.assertThat(orders.orders(username, OrderQuery.latest(10)).totalCount())
			.as("one order for a double click")
			.isEqualTo(1);

		page.locator("label[for=side-sell]").click();
		label("Quantity (BTC)").fill("0.04");
		assertThat(page.locator("#preview-total")).hasText("$1,600.00");
		button("Review order").click();
		assertThat(page.locator("#review-summary")).hasText("Sell 0.04 BTC at market, about $1,600.00");
		page.locator("#confirm-order").click();
		assertThat(page.locator("#flash [role=status]")).hasText("Sold 0.04 BTC at $40,000.00 for $1,600.00");
		assertThat(page.locator("#holding-owned")).containsText("0.06 BTC");

		page.locator("label[for=side-buy]").click();
		page.locator("label[for=type-limit]").click();
		label("Quantity (BTC)").fill("0.01");
		label("Limit price (USD)").fill("30000");
		assertThat(page.locator("#preview-total")).hasText("$300.00");
		button("Review order").click();
		assertThat(page.locator("#review-summary")).hasText("Buy 0.01 BTC at $30,000.00 or less, about $300.00");
		page.locator("#confirm-order").click();
		assertThat(page.locator("#flash [role=status]"))
			.hasText("Buy 0.01 BTC at $30,000.00 or less: order placed, $300.00 held until it fills or you cancel it");
		assertThat(page.locator("#open-orders-table tbody tr")).hasCount(1);
		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Cancel order: Buy 0.01 BTC at $30,000.00 or less"))
			.click();
		assertThat(page.locator("#flash [role=status]")).hasText("Order cancelled: Buy 0.01 BTC at $30,000.00 or less");
		assertThat(page.locator("#open-orders-table")).hasCount(0);

		prices.pin("BTC", "45000.00");
		page.navigate("/portfolio");
		assertThat(page.locator("#holding-BTC")).containsText("$2,700.00");
		assertThat(page.locator("#total-pnl")).containsText("+$300.00");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bitcoin BTC")).click();
		assertThat(page).hasURL(Pattern.compile(".*/portfolio/BTC$"));
		Locator rows = page.locator("#asset-history-table tbody tr");
		assertThat(rows).hasCount(2);
		assertThat(rows.nth(0)).containsText("Sell");
		assertThat(rows.nth(1)).containsText("Buy");
		assertThat(page.locator("#asset-pnl")).containsText("+$300.00");

		page.navigate("/dashboard");
		assertThat(page.locator("#summary-holdings")).hasText("$2,700.00");
		// bought today: the change is since bought ($2,400.00 for 0.06 BTC), as the P/L
		// says
		assertThat(page.locator("#summary-change")).containsText("+$300.00");
		assertThat(page.locator("#summary-change")).containsText("(+12.50%)");
		prices.pin("BTC", "50000.00");
		assertThat(page.locator("#summary-holdings")).hasText("$3,000.00",
				new LocatorAssertions.HasTextOptions().setTimeout(20_000));
		assertThat(page.locator("#notification-bell")).hasAttribute("aria-label",
				Pattern.compile("Notifications: \\d+ unread"));
	}

	private static Locator label(String text) {
		return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
	}

	private static Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
