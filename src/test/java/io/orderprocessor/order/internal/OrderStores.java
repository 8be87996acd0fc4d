package io.orderprocessor.order.internal;

import io.orderprocessor.platform.store.Store;

/**
 * The order module's store adapter on a given store, for use-case tests outside Spring
 * (it is package-private).
 */
public final class OrderStores {

	private OrderStores() {
	}

	public static OrderRepository orders(Store store) {
		return new StoreOrderRepository(store);
	}

}
