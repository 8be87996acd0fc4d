package io.orderprocessor.user;

import io.orderprocessor.shared.Activity;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What admins did to accounts, with the acting admin as actor, the account as target and
 * the admin's reason; the audit log records them, other modules may listen.
 */
public final class AdminEvents {

	private AdminEvents() {
	}

	public record AccountLockedByAdmin(String admin, String username, boolean locked, int sessionsEnded,
			int tokensRevoked, String reason) implements Activity {
		public String action() {
			return locked ? "admin.user_locked" : "admin.user_unlocked";
		}

		public String actor() {
			return admin;
		}

		public String target() {
			return username;
		}

		public Map<String, String> details() {
			Map<String, String> details = new LinkedHashMap<>();
			details.put("sessions_ended", Integer.toString(sessionsEnded));
			details.put("tokens_revoked", Integer.toString(tokensRevoked));
			putReason(details, reason);
			return details;
		}
	}

	public record RoleChanged(String admin, String username, String role, String reason) implements Activity {
		public String action() {
			return Profile.ADMIN.equals(role) ? "admin.admin_granted" : "admin.admin_revoked";
		}

		public String actor() {
			return admin;
		}

		public String target() {
			return username;
		}

		public Map<String, String> details() {
			Map<String, String> details = new LinkedHashMap<>();
			details.put("role", role);
			putReason(details, reason);
			return details;
		}
	}

	/** A {@code SYSTEM_ADJUSTMENT} of a user's cash (either sign). */
	public record CashAdjusted(String admin, String username, BigDecimal amount, BigDecimal balanceAfter,
			String transactionId, String reason) implements Activity {
		public String action() {
			return "admin.cash_adjusted";
		}

		public String actor() {
			return admin;
		}

		public String target() {
			return username;
		}

		public Map<String, String> details() {
			Map<String, String> details = new LinkedHashMap<>();
			details.put("amount", amount.toPlainString());
			details.put("balance_after", balanceAfter.toPlainString());
			details.put("transaction_id", transactionId);
			putReason(details, reason);
			return details;
		}
	}

	private static void putReason(Map<String, String> details, String reason) {
		if (reason != null && !reason.isBlank()) {
			details.put("reason", reason);
		}
	}

}
