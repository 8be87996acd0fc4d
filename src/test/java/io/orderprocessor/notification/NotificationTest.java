package io.orderprocessor.notification;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.orderprocessor.order.Order;
import io.orderprocessor.order.OrderService;
import io.orderprocessor.order.PlaceOrder;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.support.TestPrices;
import io.orderprocessor.support.Traders;
import io.orderprocessor.user.CashService;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notifications of fills (also later limit fills), cancellations, cash, admin adjustments
 * and sign-ins.
 */
@IntegrationTest
class NotificationTest {

	@LocalServerPort
	int port;

	@Autowired
	NotificationService notifications;

	@Autowired
	OrderService orders;

	@Autowired
	CashService cash;

	@Autowired
	Traders traders;

	@Autowired
	TestPrices prices;

	@Test
	void fillsCancellationsAndCashMovementsAreNotifiedNewestFirst() {
		String user = traders.registered("note");
		prices.pin("SOL", "100.00");
		cash.deposit(user, "1000");
		awaitTexts(user, 1);
		orders.place(user, PlaceOrder.of("market_buy", "SOL", "2", null, null));
		awaitTexts(user, 2);
		Order limit = orders.place(user, PlaceOrder.of("limit_buy", "SOL", "1", "90", null)).order();
		Order other = orders.place(user, PlaceOrder.of("limit_buy", "SOL", "1", "80", null)).order();
		orders.cancel(user, other.id());
		awaitTexts(user, 3);
		prices.pin("SOL", "89.00");
		orders.matchLimitOrders();
		cash.withdraw(user, "10");

		List<String> texts = awaitTexts(user, 5);
		assertThat(texts).hasSize(5);
		assertThat(texts.get(4)).isEqualTo("Deposit of $1,000.00 received; cash balance $1,000.00");
		assertThat(texts.get(3)).isEqualTo("Order filled: Buy 2 SOL at market at $100.00, total $200.00");
		assertThat(texts.get(2)).isEqualTo("Order cancelled: Buy 1 SOL at $80.00 or less");
		assertThat(texts).contains("Limit order filled: Buy 1 SOL at $90.00 or less at $89.00, total $89.00",
				"Withdrawal of $10.00 sent; cash balance $701.00");
		assertThat(notifications.unreadCount(user)).isEqualTo(5);
		assertThat(limit.id()).isNotNull();
	}

	@Test
	void theBellCountsUnreadAndThePageMarksAllRead() {
		String user = traders.registered("bell");
		HttpTestClient http = new HttpTestClient(port);
		http.signIn(user, UserMother.PASSWORD);
		cash.deposit(user, "50");
		awaitTexts(user, 2); // the sign-in and the deposit

		assertThat(http.get("/dashboard").body()).contains("Notifications: 2 unread");
		HttpResponse<String> bell = http
			.send(http.request("/notifications/bell").header("Accept", "text/html").header("HX-Request", "true"));
		assertThat(bell.body()).startsWith("<a id=\"notification-bell\"").contains(">2</span>");
		String page = http.get("/notifications").body();
		assertThat(page).contains("Deposit of $50.00 received").contains("New sign-in to your account (page)");

		HttpResponse<String> read = http.postForm("/notifications", "/notifications/read", "");
		assertThat(read.statusCode()).isEqualTo(302);
		assertThat(notifications.unreadCount(user)).isZero();
		assertThat(http.get("/notifications").body()).doesNotContain(">New<").contains("Deposit of $50.00 received");

		cash.deposit(user, "5");
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> notifications.unreadCount(user) == 1);
		assertThat(http.get("/notifications").body()).contains(">New<");
	}

	@Test
	void anAdminsCashAdjustmentIsNotifiedWithoutItsInternalReason() {
		String user = traders.funded("adjn", "100");
		HttpTestClient http = new HttpTestClient(port);
		String adminToken = UserMother.adminToken(http);
		HttpResponse<String> adjusted = http.send(http.request("/api/v1/admin/users/" + user + "/adjustments")
			.header("Authorization", "Bearer " + adminToken)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"amount\": \"-12.50\", \"reason\": \"chargeback case 7\"}")));
		assertThat(adjusted.statusCode()).as(adjusted.body()).isEqualTo(201);

		List<String> texts = awaitTexts(user, 2);
		assertThat(texts.get(0)).isEqualTo("Our support team adjusted your cash by -$12.50; cash balance $87.50");
	}

	List<String> awaitTexts(String user, int count) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> notifications.page(user, null, 50).notifications().size() >= count);
		return notifications.page(user, null, 50).notifications().stream().map(Notification::text).toList();
	}

}
