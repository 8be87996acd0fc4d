package io.orderprocessor.user;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.orderprocessor.shared.Activity;

/** The past-tense events of the user module; other modules listen to them. */
public final class UserEvents {

	private UserEvents() {
	}

	public record UserRegistered(String username, String email) implements Activity {
		public Audit audit() {
			return Audit.self("user.registered", username, Map.of("email", email));
		}
	}

	public record SignedIn(String username, String channel) implements Activity {
		public Audit audit() {
			return Audit.self("user.signed_in", username, Map.of("channel", channel));
		}
	}

	/**
	 * @param reason {@code bad_credentials}, {@code locked} or {@code blocked}
	 */
	public record SignInFailed(String username, String reason) implements Activity {
		public Audit audit() {
			return new Audit("user.sign_in_failed", null, username, Map.of("reason", reason));
		}
	}

	/**
	 * @param scope {@code ip} or {@code username}; @param subject the address or name
	 */
	public record SignInBlocked(String scope, String subject, long minutes) implements Activity {
		public Audit audit() {
			return new Audit("user.sign_in_blocked", null, subject,
					Map.of("scope", scope, "minutes", Long.toString(minutes)));
		}
	}

	public record SignedOut(String username, String channel) implements Activity {
		public Audit audit() {
			return Audit.self("user.signed_out", username, Map.of("channel", channel));
		}
	}

	public record PasswordChanged(String username, int sessionsEnded, int tokensRevoked) implements Activity {
		public Audit audit() {
			return Audit.self("user.password_changed", username, Map.of("sessions_ended",
					Integer.toString(sessionsEnded), "tokens_revoked", Integer.toString(tokensRevoked)));
		}
	}

	public record OtherSessionsEnded(String username, int sessionsEnded) implements Activity {
		public Audit audit() {
			return Audit.self("user.other_sessions_ended", username,
					Map.of("sessions_ended", Integer.toString(sessionsEnded)));
		}
	}

	/**
	 * @param fields the API names of the fields that changed
	 */
	public record ProfileChanged(String username, List<String> fields) implements Activity {
		public Audit audit() {
			return Audit.self("user.profile_changed", username, Map.of("fields", String.join(",", fields)));
		}
	}

	public record CashDeposited(String username, BigDecimal amount, BigDecimal balanceAfter,
			String transactionId) implements Activity {
		public Audit audit() {
			return Audit.self("cash.deposited", username, movement(amount, balanceAfter, transactionId));
		}
	}

	public record CashWithdrawn(String username, BigDecimal amount, BigDecimal balanceAfter,
			String transactionId) implements Activity {
		public Audit audit() {
			return Audit.self("cash.withdrawn", username, movement(amount, balanceAfter, transactionId));
		}
	}

	static Map<String, String> movement(BigDecimal amount, BigDecimal balanceAfter, String transactionId) {
		return Map.of("amount", amount.toPlainString(), "balance_after", balanceAfter.toPlainString(), "transaction_id",
				transactionId);
	}

}
