package io.orderprocessor.notification.internal;

import java.util.concurrent.RejectedExecutionException;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

import io.orderprocessor.inventory.MarketFormat;
import io.orderprocessor.notification.NotificationService;
import io.orderprocessor.order.Order;
import io.orderprocessor.order.OrderEvents.OrderCancelled;
import io.orderprocessor.order.OrderEvents.OrderFilled;
import io.orderprocessor.order.OrderFormat;
import io.orderprocessor.platform.web.Messages;
import io.orderprocessor.shared.Money;
import io.orderprocessor.user.AdminEvents.CashAdjusted;
import io.orderprocessor.user.UserEvents.CashDeposited;
import io.orderprocessor.user.UserEvents.CashWithdrawn;
import io.orderprocessor.user.UserEvents.OtherSessionsEnded;
import io.orderprocessor.user.UserEvents.PasswordChanged;
import io.orderprocessor.user.UserEvents.SignedIn;

/**
 * Turns what happened in other modules into notifications. Plain listeners, called in the
 * publisher's thread after its write succeeded; they hand the write to the application's
 * task executor ({@code spring.task.execution.*}), so a request's own store budget and
 * latency stay its own and a failed notification never fails what it tells about.
 */
@Component
class NotificationListener {

	private final TaskExecutor writer;

	private final NotificationService notifications;

	private final Messages messages;

	private final OrderFormat orderFormat;

	private final MarketFormat marketFormat;

	NotificationListener(NotificationService notifications, Messages messages, OrderFormat orderFormat,
			MarketFormat marketFormat, @Qualifier("applicationTaskExecutor") TaskExecutor writer) {
		this.writer = writer;
		this.notifications = notifications;
		this.messages = messages;
		this.orderFormat = orderFormat;
		this.marketFormat = marketFormat;
	}

	@EventListener
	void filled(OrderFilled event) {
		Order order = event.order();
		send(order.username(), "order_filled",
				messages.text(event.later() ? "notification.filled.later" : "notification.filled",
						orderFormat.summary(order), marketFormat.price(order.price()),
						orderFormat.money(order.total())),
				"/portfolio/" + order.symbol());
	}

	@EventListener
	void cancelled(OrderCancelled event) {
		send(event.order().username(), "order_cancelled",
				messages.text("notification.cancelled", orderFormat.summary(event.order())), "/trading");
	}

	@EventListener
	void deposited(CashDeposited event) {
		send(event.username(), "deposit",
				messages.text("notification.deposit", Money.format(event.amount()), Money.format(event.balanceAfter())),
				"/account");
	}

	@EventListener
	void withdrawn(CashWithdrawn event) {
		send(event.username(), "withdrawal", messages.text("notification.withdrawal", Money.format(event.amount()),
				Money.format(event.balanceAfter())), "/account");
	}

	@EventListener
	void adjusted(CashAdjusted event) {
		send(event.username(), "adjustment", messages.text("notification.adjusted", Money.signed(event.amount()),
				Money.format(event.balanceAfter())), "/account");
	}

	@EventListener
	void signedIn(SignedIn event) {
		send(event.username(), "security", messages.text("notification.signedIn", event.channel()), "/profile");
	}

	@EventListener
	void passwordChanged(PasswordChanged event) {
		send(event.username(), "security", messages.text("notification.passwordChanged"), "/profile");
	}

	@EventListener
	void sessionsEnded(OtherSessionsEnded event) {
		send(event.username(), "security", messages.text("notification.sessionsEnded", event.sessionsEnded()),
				"/profile");
	}

	private void send(String username, String kind, String text, String link) {
		try {
			writer.execute(() -> notifications.notify(username, kind, text, link));
		}
		catch (RejectedExecutionException shuttingDown) {
			notifications.notify(username, kind, text, link);
		}
	}

}
