package io.orderprocessor.e2e;

import java.time.Duration;

import io.orderprocessor.e2e.pages.Screen;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.TestPrices;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trader's trading journey, one for both browser suites ({@link TradingSeleniumIT},
 * {@link TradingPlaywrightIT}): deposit, buy at market through the review step (a double
 * click places one order), sell part, place and cancel a limit order, see the portfolio's
 * P/L and the asset's history, and the dashboard updating in place.
 */
final class TradingJourney {

	private static final String FLASH = "#flash [role=status]";

	private final int port;

	private final TestPrices prices;

	private final String prefix;

	/**
	 * @param prefix what the trader's username starts with
	 */
	TradingJourney(int port, TestPrices prices, String prefix) {
		this.port = port;
		this.prices = prices;
		this.prefix = prefix;
	}

	void run(Screen screen) {
		prices.pin("BTC", "40000.00");
		String username = UserMother.uniqueUsername(prefix);
		HttpTestClient api = new HttpTestClient(port);
		String token = UserMother.registeredToken(api, username);
		screen.signIn().open().submit(username, UserMother.PASSWORD);
		screen.awaitUrl(".*/dashboard$");
		screen.awaitTextContaining("#empty-state", "Deposit funds");

		screen.open("/account");
		screen.fill("Deposit amount (USD)", "10000");
		screen.press("Deposit");
		screen.awaitText(FLASH, "Successfully deposited $10,000.00");

		buyAtMarketWithADoubleClick(screen);
		assertThat(api.getJson("/api/v1/orders", token).body()).as("one order for a double click")
			.containsPattern("\"total_count\":1\\b");
		sellPart(screen);
		placeAndCancelALimitOrder(screen);
		portfolioAndHistory(screen);
		dashboardUpdatingInPlace(screen);
	}

	private void buyAtMarketWithADoubleClick(Screen screen) {
		screen.open("/trading?asset=BTC&side=buy");
		preview(screen, "0.1", "$4,000.00");
		screen.awaitText("#preview-after", "$6,000.00");
		review(screen, "Buy 0.1 BTC at market, about $4,000.00");
		screen.doubleClick("#confirm-order");
		screen.awaitText(FLASH, "Bought 0.1 BTC at $40,000.00 for $4,000.00");
		screen.awaitCount("#recent-orders-table tbody tr", 1);
		screen.awaitTextContaining("#holding-owned", "0.1 BTC");
	}

	private void sellPart(Screen screen) {
		screen.click("label[for=side-sell]");
		preview(screen, "0.04", "$1,600.00");
		review(screen, "Sell 0.04 BTC at market, about $1,600.00");
		screen.click("#confirm-order");
		screen.awaitText(FLASH, "Sold 0.04 BTC at $40,000.00 for $1,600.00");
		screen.awaitTextContaining("#holding-owned", "0.06 BTC");
	}

	private void placeAndCancelALimitOrder(Screen screen) {
		screen.click("label[for=side-buy]");
		screen.click("label[for=type-limit]");
		screen.fill("Limit price (USD)", "30000");
		preview(screen, "0.01", "$300.00");
		review(screen, "Buy 0.01 BTC at $30,000.00 or less, about $300.00");
		screen.click("#confirm-order");
		screen.awaitText(FLASH,
				"Buy 0.01 BTC at $30,000.00 or less: order placed, $300.00 held until it fills or you cancel it");
		screen.awaitCount("#open-orders-table tbody tr", 1);
		screen.press("Cancel order: Buy 0.01 BTC at $30,000.00 or less");
		screen.awaitText(FLASH, "Order cancelled: Buy 0.01 BTC at $30,000.00 or less");
		screen.awaitCount("#open-orders-table", 0);
	}

	/** Types the quantity; until the live preview shows the total. */
	private static void preview(Screen screen, String quantity, String total) {
		screen.fill("Quantity (BTC)", quantity);
		screen.awaitText("#preview-total", total);
	}

	/** Until the review step sums the order up. */
	private static void review(Screen screen, String summary) {
		screen.press("Review order");
		screen.awaitText("#review-summary", summary);
	}

	private void portfolioAndHistory(Screen screen) {
		prices.pin("BTC", "45000.00");
		screen.open("/portfolio");
		screen.awaitTextContaining("#holding-BTC", "$2,700.00");
		screen.awaitTextContaining("#total-pnl", "+$300.00");
		screen.follow("Bitcoin BTC");
		screen.awaitUrl(".*/portfolio/BTC$");
		screen.awaitCount("#asset-history-table tbody tr", 2);
		assertThat(screen.texts("#asset-history-table tbody tr"))
			.satisfiesExactly(row -> assertThat(row).contains("Sell"), row -> assertThat(row).contains("Buy"));
		screen.awaitTextContaining("#asset-pnl", "+$300.00");
	}

	private void dashboardUpdatingInPlace(Screen screen) {
		screen.open("/dashboard");
		screen.awaitText("#summary-holdings", "$2,700.00");
		// bought today: the change is since bought ($2,400.00 for 0.06 BTC), as the
		// P/L says
		screen.awaitTextContaining("#summary-change", "+$300.00");
		screen.awaitTextContaining("#summary-change", "(+12.50%)");
		prices.pin("BTC", "50000.00");
		screen.awaitText("#summary-holdings", "$3,000.00", Duration.ofSeconds(25));
		assertThat(screen.attribute("#notification-bell", "aria-label")).matches("Notifications: \\d+ unread");
	}

}
