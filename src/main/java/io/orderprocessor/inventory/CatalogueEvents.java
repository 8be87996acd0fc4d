package io.orderprocessor.inventory;

import java.util.LinkedHashMap;
import java.util.Map;

import io.orderprocessor.shared.Activity;

/**
 * What admins changed in the catalogue, published by {@link CatalogueAdministration}; the
 * audit log records them as it records every {@link Activity}.
 */
public final class CatalogueEvents {

	private CatalogueEvents() {
	}

	/**
	 * @param changes the changed fields and their new values
	 */
	public record AssetChanged(String admin, String symbol, Map<String, String> changes,
			String reason) implements Activity {
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

	public record AssetAdded(String admin, String symbol, String name) implements Activity {
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
