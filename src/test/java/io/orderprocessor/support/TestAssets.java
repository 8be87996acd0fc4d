package io.orderprocessor.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.orderprocessor.inventory.InventoryService;
import io.orderprocessor.platform.dynamodb.DynamoDbStore;

/**
 * Assets a test adds to the shared catalogue, removed again after the test (straight from
 * DynamoDB; the product has no delete), so other tests still see the shipped catalogue.
 */
public final class TestAssets {

	private final DynamoDbStore store;

	private final InventoryService inventory;

	private final List<String> added = new ArrayList<>();

	public TestAssets(DynamoDbStore store, InventoryService inventory) {
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
			store
				.write(store.transaction().delete(null, DynamoDbStore.key("ASSET", "ASSET#" + symbol), null, Map.of()));
		}
		added.clear();
		inventory.reloadCatalogue();
	}

}
