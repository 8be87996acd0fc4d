package io.orderprocessor.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import io.orderprocessor.user.UserActivity;

/**
 * Admin actions on the catalogue, for the audit log (which records every
 * {@link UserActivity}); actions on accounts are the user module's
 * {@link io.orderprocessor.user.AdminEvents}.
 */
public final class AdminEvents {

	private AdminEvents() {
	}

	/**
	 * @param changes the changed fields and their new values
	 */
	public record AssetChanged(String admin, String symbol, Map<String, String> changes,
			String reason) implements UserActivity {
		public String action() {
			return "admin.asset_changed";
		}

		public String actor() {
			return admin;
		}

		public String target() {
			return symbol;
		}

		public Map<String, String> details() {
			Map<String, String> details = new LinkedHashMap<>(changes);
			if (reason != null && !reason.isBlank()) {
				details.put("reason", reason.trim());
			}
			return details;
		}
	}

	public record AssetAdded(String admin, String symbol, String name) implements UserActivity {
		public String action() {
			return "admin.asset_added";
		}

		public String actor() {
			return admin;
		}

		public String target() {
			return symbol;
		}

		public Map<String, String> details() {
			return Map.of("name", name);
		}
	}

}
