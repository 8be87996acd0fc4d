package io.orderprocessor.support;

import java.util.ArrayList;
import java.util.List;

import io.orderprocessor.inventory.InventoryService;
import io.orderprocessor.platform.store.AtomicWrite;
import io.orderprocessor.platform.store.Key;
import io.orderprocessor.platform.store.Store;

/**
 * Assets a test adds to the shared catalogue, removed again after the test (straight from
 * the store; the product has no delete), so other tests still see the shipped catalogue.
 */
public final class TestAssets {

	private final Store store;

	private final InventoryService inventory;

	private final List<String> added = new ArrayList<>();

	public TestAssets(Store store, InventoryService inventory) {
		this.store = store;
		this.inventory = inventory;
	}

	/** A symbol no asset has, remembered for {@link #removeAll()}. */
	public String newSymbol(String prefix) {
		String symbol = (prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36)).toUpperCase();
		symbol = symbol.substring(0, Math.min(10, symbol.length()));
		added.add(symbol);
		return symbol;
	}

	public void removeAll() {
		for (String symbol : added) {
			store.write(AtomicWrite.create().delete(null, Key.of("ASSET", "ASSET#" + symbol), null));
		}
		added.clear();
		inventory.reloadCatalogue();
	}

}
