package io.orderprocessor.inventory.internal;

import io.orderprocessor.platform.store.Store;

/**
 * The inventory module's catalogue on a given store, for use-case tests outside Spring
 * (its adapters are package-private).
 */
public final class InventoryStores {

	private InventoryStores() {
	}

	/** The shipped catalogue, loaded into the store as the application does at start. */
	public static AssetCatalogue loadedCatalogue(Store store) {
		AssetCatalogue catalogue = new AssetCatalogue(new StoreAssetRepository(store));
		catalogue.load();
		return catalogue;
	}

}
