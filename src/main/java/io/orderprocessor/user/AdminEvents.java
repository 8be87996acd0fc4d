package io.orderprocessor.user;

import java.math.BigDecimal;
import java.util.Map;

import io.orderprocessor.shared.Activity;

/**
 * What admins did to accounts, with the acting admin as actor, the account as target and
 * the admin's reason; the audit log records them, other modules may listen.
 */
public final class AdminEvents {

	private AdminEvents() {
	}

	public record AccountLockedByAdmin(String admin, String username, boolean locked, int sessionsEnded,
			int tokensRevoked, String reason) implements Activity {
		public Audit audit() {
			return new Audit(locked ? "admin.user_locked" : "admin.user_unlocked", admin, username,
					Map.of("sessions_ended", Integer.toString(sessionsEnded), "tokens_revoked",
							Integer.toString(tokensRevoked)))
				.because(reason);
		}
	}

	public record RoleChanged(String admin, String username, String role, String reason) implements Activity {
		public Audit audit() {
			return new Audit(Profile.ADMIN.equals(role) ? "admin.admin_granted" : "admin.admin_revoked", admin,
					username, Map.of("role", role))
				.because(reason);
		}
	}

	/** A {@code SYSTEM_ADJUSTMENT} of a user's cash (either sign). */
	public record CashAdjusted(String admin, String username, BigDecimal amount, BigDecimal balanceAfter,
			String transactionId, String reason) implements Activity {
		public Audit audit() {
			return new Audit("admin.cash_adjusted", admin, username,
					UserEvents.movement(amount, balanceAfter, transactionId))
				.because(reason);
		}
	}

}
