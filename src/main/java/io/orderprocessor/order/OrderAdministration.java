package io.orderprocessor.order;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import io.orderprocessor.order.internal.OrderRepository;
import io.orderprocessor.platform.web.InvalidFieldsException;
import io.orderprocessor.platform.web.Messages;

/**
 * Orders across users, for the admin area: every order of a range of days with the
 * filters of a user's history, a day's figures, and one user's orders and holdings.
 * Admins only, by method security as well as by the URL rules.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class OrderAdministration {

	/** The days listed when no range is given: today and the 29 before. */
	public static final int DEFAULT_DAYS = 30;

	/** The longest range of days one listing may walk. */
	public static final int MAX_DAYS = 366;

	private final OrderRepository orders;

	private final OrderQueries queries;

	private final OrderRules rules;

	private final Messages messages;

	private final Clock clock;

	OrderAdministration(OrderRepository orders, OrderQueries queries, OrderRules rules, Messages messages,
			ObjectProvider<Clock> clock) {
		this.orders = orders;
		this.queries = queries;
		this.rules = rules;
		this.messages = messages;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * One page of orders, newest first: one user's (when {@code username} is given) or
	 * everyone's. Without dates, the last {@value #DEFAULT_DAYS} UTC days.
	 * @throws InvalidFieldsException for a bad limit or cursor, or a reversed or longer
	 * than {@value #MAX_DAYS} days range
	 */
	public OrderListing orders(String username, OrderQuery query) {
		OrderQuery ranged = withRange(query);
		if (username != null) {
			OrderPage page = queries.orders(username, ranged);
			return new OrderListing(page.orders(), page.hasMore(), page.nextCursor());
		}
		rules.checkPage(ranged);
		return orders.allOrders(ranged);
	}

	/** Orders placed today (UTC) and the value of those that filled. */
	public DailyOrders today() {
		return orders.placedOn(LocalDate.now(clock));
	}

	/** A user's newest orders. */
	public List<Order> recent(String username, int limit) {
		return queries.recent(username, limit);
	}

	/** A user's holdings that are not zero. */
	public List<Holding> holdings(String username) {
		return queries.holdings(username);
	}

	private OrderQuery withRange(OrderQuery query) {
		LocalDate to = query.to() != null ? query.to() : LocalDate.now(clock);
		LocalDate from = query.from() != null ? query.from() : to.minusDays(DEFAULT_DAYS - 1);
		if (from.isAfter(to)) {
			throw new InvalidFieldsException("from", messages.text("rule.range.reversed"), "value_error");
		}
		if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
			throw new InvalidFieldsException("from", messages.text("rule.range.tooLong", MAX_DAYS), "value_error");
		}
		return new OrderQuery(query.symbol(), query.type(), query.side(), query.status(), from, to, query.cursor(),
				query.offset(), query.limit());
	}

}
