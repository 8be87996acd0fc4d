package io.orderprocessor.user.internal;

import io.orderprocessor.platform.store.Store;

/**
 * The user module's store adapters on a given store, for use-case tests of its services
 * outside Spring (the adapters are the module's own, package-private).
 */
public final class UserStores {

	private UserStores() {
	}

	public static CashRepository cash(Store store) {
		return new StoreCashRepository(store);
	}

	public static UserRepository users(Store store) {
		return new StoreUserRepository(store);
	}

}
