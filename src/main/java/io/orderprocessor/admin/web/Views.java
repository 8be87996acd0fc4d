package io.orderprocessor.admin.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import io.orderprocessor.audit.AuditEntry;
import io.orderprocessor.order.Order;
import io.orderprocessor.order.OrderFormat;
import io.orderprocessor.shared.Money;
import io.orderprocessor.shared.Timestamps;
import io.orderprocessor.user.LedgerEntry;
import io.orderprocessor.user.Profile;

/** What the admin pages share: rows as shown, dates, and service errors on fields. */
final class Views {

	private Views() {
	}

	static String money(BigDecimal amount) {
		return amount == null ? "" : Money.format(amount);
	}

	/** A unit price by {@link Money#price}. */
	static String price(BigDecimal price) {
		return price == null ? "" : Money.price(price);
	}

	/** Quantities with up to 8 decimals, no trailing zeros. */
	static String quantity(BigDecimal quantity) {
		if (quantity == null) {
			return "";
		}
		BigDecimal q = quantity.setScale(Math.min(8, Math.max(0, quantity.scale())), RoundingMode.HALF_EVEN)
			.stripTrailingZeros();
		return q.scale() < 0 ? q.setScale(0).toPlainString() : q.toPlainString();
	}

	/** A date typed into a filter, or null when blank or not a date. */
	static LocalDate date(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static boolean badDate(String value) {
		return value != null && !value.isBlank() && date(value) == null;
	}

	record UserRow(String username, String name, String email, String role, boolean admin, boolean locked,
			String created) {

		static UserRow of(Profile p) {
			return new UserRow(p.username(), p.firstName() + " " + p.lastName(), p.email(), p.role(),
					Profile.ADMIN.equals(p.role()), p.locked(), Timestamps.format(p.createdAt()));
		}

	}

	record LedgerRow(String date, String type, String description, String amount, boolean credit, String balanceAfter) {

		static LedgerRow of(LedgerEntry e) {
			return new LedgerRow(Timestamps.format(e.createdAt()), e.type().name(), e.description(),
					Money.signed(e.amount()), e.amount().signum() >= 0, Money.format(e.balanceAfter()));
		}

	}

	/** An order as the admin tables show it; a limit order not filled shows its limit. */
	record OrderView(String id, String username, String type, String symbol, String quantity, String price,
			String total, String status, boolean pending, String created) {

		static OrderView of(Order o, OrderFormat format) {
			return new OrderView(o.id(), o.username(), format.type(o.type()), o.symbol(), Views.quantity(o.quantity()),
					format.orderPrice(o), Views.money(o.total()), format.status(o.status()), o.isPending(),
					Timestamps.format(o.createdAt()));
		}

	}

	record AuditRow(String id, String time, String action, String actor, String target, String ip, String requestId,
			String details) {

		static AuditRow of(AuditEntry e) {
			StringBuilder details = new StringBuilder();
			e.details().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(d -> {
				if (!details.isEmpty()) {
					details.append("; ");
				}
				details.append(d.getKey()).append(": ").append(d.getValue());
			});
			return new AuditRow(e.id(), Timestamps.format(e.time()), e.action(), e.actor(), e.target(), e.ipAddress(),
					e.requestId(), details.toString());
		}

	}

}
