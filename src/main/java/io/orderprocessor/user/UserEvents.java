package io.orderprocessor.user;

import io.orderprocessor.shared.Activity;
import java.math.BigDecimal;
import java.util.Map;

/** The past-tense events of the user module; other modules listen to them. */
public final class UserEvents {

	private UserEvents() {
	}

	public record UserRegistered(String username, String email) implements Activity {
		public String action() {
			return "user.registered";
		}

		public String actor() {
			return username;
		}

		public String target() {
			return username;
		}

		public Map<String, String> details() {
			return Map.of("email", email);
		}
	}

	public record SignedIn(String username, String channel) implements Activity {
		public String action() {
			return "user.signed_in";
		}

		public String actor() {
			return username;
		}

		public String target() {
			return username;
		}

		public Map<String, String> details() {
			return Map.of("channel", channel);
		}
	}

	/**
	 * @param reason {@code bad_credentials}, {@code locked} or {@code blocked}
	 */
	public record SignInFailed(String username, String reason) implements Activity {
		public String action() {
			return "user.sign_in_failed";
		}

		public String actor() {
			return null;
		}

		public String target() {
			return username;
		}

		public Map<String, String> details() {
			return Map.of("reason", reason);
		}
	}

	/**
	 * @param scope {@code ip} or {@code username}; @param subject the address or name
	 */
	public record SignInBlocked(String scope, String subject, long minutes) implements Activity {
		public String action() {
			return "user.sign_in_blocked";
		}

		public String actor() {
			return null;
		}

		public String target() {
			return subject;
		}

		public Map<String, String> details() {
			return Map.of("scope", scope, "minutes", Long.toString(minutes));
		}
	}

	public record SignedOut(String username, String channel) implements Activity {
		public String action() {
			return "user.signed_out";
		}

		public String actor() {
			return username;
		}

		public String target() {
			return username;
		}

		public Map<String, String> details() {
			return Map.of("channel", channel);
		}
	}

	public record PasswordChanged(String username, int sessionsEnded, int tokensRevoked) implements Activity {
		public String action() {
			return "user.password_changed";
		}

		public String actor() {
			return username;
		}

		public String target() {
			return username;
		}

		public Map<String, String> details() {
			return Map.of("sessions_ended", Integer.toString(sessionsEnded), "tokens_revoked",
					Integer.toString(tokensRevoked));
		}
	}

	public record OtherSessionsEnded(String username, int sessionsEnded) implements Activity {
		public String action() {
			return "user.other_sessions_ended";
		}

		public String actor() {
			return username;
		}

		public String target() {
			return username;
		}

		public Map<String, String> details() {
			return Map.of("sessions_ended", Integer.toString(sessionsEnded));
		}
	}

	/**
	 * @param fields the API names of the fields that changed
	 */
	public record ProfileChanged(String username, java.util.List<String> fields) implements Activity {
		public String action() {
			return "user.profile_changed";
		}

		public String actor() {
			return username;
		}

		public String target() {
			return username;
		}

		public Map<String, String> details() {
			return Map.of("fields", String.join(",", fields));
		}
	}

	public record CashDeposited(String username, BigDecimal amount, BigDecimal balanceAfter,
			String transactionId) implements Activity {
		public String action() {
			return "cash.deposited";
		}

		public String actor() {
			return username;
		}

		public String target() {
			return username;
		}

		public Map<String, String> details() {
			return Map.of("amount", amount.toPlainString(), "balance_after", balanceAfter.toPlainString(),
					"transaction_id", transactionId);
		}
	}

	public record CashWithdrawn(String username, BigDecimal amount, BigDecimal balanceAfter,
			String transactionId) implements Activity {
		public String action() {
			return "cash.withdrawn";
		}

		public String actor() {
			return username;
		}

		public String target() {
			return username;
		}

		public Map<String, String> details() {
			return Map.of("amount", amount.toPlainString(), "balance_after", balanceAfter.toPlainString(),
					"transaction_id", transactionId);
		}
	}

}
