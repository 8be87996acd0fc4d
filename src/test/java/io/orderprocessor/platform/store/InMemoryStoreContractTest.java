package io.orderprocessor.platform.store;

/**
 * The store's contract on the in-memory fake the use-case tests run on, so the fake
 * cannot drift from the engines it stands in for.
 */
class InMemoryStoreContractTest extends StoreContract {

	private static final InMemoryStoreEngine ENGINE = new InMemoryStoreEngine();

	@Override
	protected StoreEngine engine() {
		return ENGINE;
	}

}
