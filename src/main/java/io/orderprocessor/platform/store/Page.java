package io.orderprocessor.platform.store;

import java.util.List;

/**
 * One page of a query: its items in order, and a cursor to the next page (null: none).
 */
public record Page(List<Item> items, String cursor) {

	public Page {
		items = List.copyOf(items);
	}

	public boolean hasMore() {
		return cursor != null;
	}

}
