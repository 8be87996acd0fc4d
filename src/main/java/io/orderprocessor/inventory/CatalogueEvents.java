package io.orderprocessor.inventory;

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
		public Audit audit() {
			return new Audit("admin.asset_changed", admin, symbol, changes).because(reason);
		}
	}

	public record AssetAdded(String admin, String symbol, String name) implements Activity {
		public Audit audit() {
			return new Audit("admin.asset_added", admin, symbol, Map.of("name", name));
		}
	}

}
