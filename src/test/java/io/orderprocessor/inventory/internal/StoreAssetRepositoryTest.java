package io.orderprocessor.inventory.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import io.orderprocessor.inventory.Asset;
import io.orderprocessor.inventory.AssetChanges;
import io.orderprocessor.inventory.AssetMother;
import io.orderprocessor.platform.store.InMemoryStoreEngine;
import io.orderprocessor.platform.store.Store;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue over an in-memory store: put-if-absent loading in chunks, admin changes
 * that bump the revision, and numbers as they have always been read back.
 */
class StoreAssetRepositoryTest {

	private final StoreAssetRepository repository = new StoreAssetRepository(
			new Store(new InMemoryStoreEngine(), 30, new SimpleMeterRegistry()));

	@Test
	void missingAssetsAreAddedOnceInChunksAndTheRestLeftAsItIs() {
		List<Asset> assets = new ArrayList<>();
		for (int i = 1; i <= 60; i++) {
			assets.add(AssetMother.asset("C" + i, "Coin " + i, "defi", "coin-" + i, "1", i, true));
		}
		repository.addMissing(assets.subList(30, 33));
		Asset edited = AssetMother.asset("C31", "Edited elsewhere", "defi", "coin-31", "1", 31, true);
		repository.update("C31", new AssetChanges(edited.name(), null, null, null));

		assertThat(repository.addMissing(assets)).isEqualTo(57);
		assertThat(repository.addMissing(assets)).isZero();

		assertThat(repository.findAll()).hasSize(60)
			.filteredOn(asset -> asset.symbol().equals("C31"))
			.singleElement()
			.satisfies(asset -> assertThat(asset.name()).isEqualTo("Edited elsewhere"));
	}

	@Test
	void addingAndChangingBumpTheRevisionAndNothingElseDoes() {
		assertThat(repository.revision()).isZero();
		repository.addMissing(List.of(AssetMother.bitcoin()));
		assertThat(repository.revision()).as("loading the shipped catalogue is no admin change").isZero();

		assertThat(repository.add(AssetMother.ether())).isTrue();
		assertThat(repository.revision()).isEqualTo(1);
		assertThat(repository.add(AssetMother.asset("ETH", "Twice", "defi", "x", "1", 9, true))).isFalse();
		assertThat(repository.revision()).isEqualTo(1);

		assertThat(repository.update("NOPE", new AssetChanges(null, null, null, false))).isEmpty();
		assertThat(repository.revision()).isEqualTo(1);
		assertThat(repository.findAll()).extracting(Asset::symbol).containsExactlyInAnyOrder("BTC", "ETH");

		assertThat(repository.update("BTC", new AssetChanges(null, "store-of-value", "Digital gold.", false)))
			.hasValueSatisfying(btc -> {
				assertThat(btc.name()).isEqualTo("Bitcoin");
				assertThat(btc.category()).isEqualTo("store-of-value");
				assertThat(btc.description()).isEqualTo("Digital gold.");
				assertThat(btc.active()).isFalse();
			});
		assertThat(repository.revision()).isEqualTo(2);
	}

	@Test
	void assetsReadBackWithEveryFieldAndNumbersWithoutTrailingZeros() {
		Asset usdt = new Asset("USDT", "Tether", "stablecoin", "A dollar token.", "tether", new BigDecimal("1.00"), 3,
				new BigDecimal("95000000000"), new BigDecimal("9.5E10"), new BigDecimal("100.500"), true);
		repository.addMissing(List.of(usdt, AssetMother.pepe()));

		Asset read = repository.findAll()
			.stream()
			.filter(asset -> asset.symbol().equals("USDT"))
			.findFirst()
			.orElseThrow();

		assertThat(read)
			.isEqualTo(new Asset("USDT", "Tether", "stablecoin", "A dollar token.", "tether", new BigDecimal("1"), 3,
					new BigDecimal("95000000000"), new BigDecimal("95000000000"), new BigDecimal("100.5"), true));
		assertThat(read.totalSupply().toString()).isEqualTo("95000000000");
		assertThat(repository.findAll()).filteredOn(asset -> asset.symbol().equals("PEPE"))
			.singleElement()
			.satisfies(pepe -> {
				assertThat(pepe.referencePrice()).isEqualTo(new BigDecimal("0.0000012"));
				assertThat(pepe.maxSupply()).isNull();
			});
	}

}
