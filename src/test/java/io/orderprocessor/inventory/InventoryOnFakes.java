package io.orderprocessor.inventory;

import io.orderprocessor.inventory.internal.AssetCatalogue;
import io.orderprocessor.inventory.internal.InventoryStores;
import io.orderprocessor.platform.store.Store;

/** The inventory service on a given store and price source, without Spring. */
public final class InventoryOnFakes {

	private InventoryOnFakes() {
	}

	public static InventoryService service(Store store, PriceSource prices) {
		AssetCatalogue catalogue = InventoryStores.loadedCatalogue(store);
		return new InventoryService(catalogue, prices);
	}

}
