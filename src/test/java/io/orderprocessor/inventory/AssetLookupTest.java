package io.orderprocessor.inventory;

import java.time.Clock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import io.orderprocessor.inventory.internal.SimulatedPriceSource;
import io.orderprocessor.platform.store.InMemoryStoreEngine;
import io.orderprocessor.platform.store.Store;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trade page's picker lookup on the shipped catalogue: symbols, names, nothing else.
 */
class AssetLookupTest {

	private final InventoryService inventory = InventoryOnFakes.service(
			new Store(new InMemoryStoreEngine(), 30, new SimpleMeterRegistry()),
			new SimulatedPriceSource(42, Clock.systemUTC()));

	@Test
	void aSymbolInAnyCaseFindsItsAsset() {
		assertThat(inventory.lookup("eth")).map(Asset::symbol).contains("ETH");
		assertThat(inventory.lookup("  BTC ")).map(Asset::symbol).contains("BTC");
	}

	@Test
	void aNameInAnyCaseFindsItsAsset() {
		assertThat(inventory.lookup("Ethereum")).map(Asset::symbol).contains("ETH");
		assertThat(inventory.lookup("ethereum")).map(Asset::symbol).contains("ETH");
		assertThat(inventory.lookup(" DOGECOIN ")).map(Asset::symbol).contains("DOGE");
	}

	@Test
	void thePickersOwnOptionTextFindsItsAsset() {
		assertThat(inventory.lookup("Ethereum · ETH")).map(Asset::symbol).contains("ETH");
	}

	@Test
	void anythingElseFindsNothingRatherThanADefault() {
		assertThat(inventory.lookup("NOPE")).isEmpty();
		assertThat(inventory.lookup("Ether")).isEmpty();
		assertThat(inventory.lookup("")).isEmpty();
		assertThat(inventory.lookup(null)).isEmpty();
	}

}
