package io.orderprocessor.inventory.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.orderprocessor.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue in the real store, loaded by the running application. */
@IntegrationTest
class AssetCatalogueTest {

	@Autowired
	AssetCatalogue catalogue;

	@Autowired
	AssetRepository repository;

	@Autowired
	MeterRegistry meters;

	@Test
	void theShippedCatalogueIsInTheStoreAndInMemory() {
		int shipped = CatalogueFile.read(CatalogueFile.DEFAULT_LOCATION).size();

		assertThat(shipped).isGreaterThanOrEqualTo(100);
		assertThat(repository.findAll()).hasSize(shipped);
		assertThat(catalogue.all()).hasSize(shipped);
		assertThat(catalogue.all().get(0).symbol()).isEqualTo("BTC");
		assertThat(catalogue.find("BTC"))
			.hasValueSatisfying(btc -> assertThat(btc.referencePrice()).isEqualByComparingTo("45000"));
		assertThat(catalogue.all()).filteredOn(asset -> !asset.active()).isNotEmpty();
		assertThat(catalogue.all().stream().map(asset -> asset.category()).distinct().count())
			.as("meaningful categories, not one for all")
			.isGreaterThanOrEqualTo(8);
	}

	@Test
	void loadingAgainAddsNothingAndWritesNothing() {
		int before = repository.findAll().size();
		double writesBefore = writes();

		int added = catalogue.load();
		int addedAgain = catalogue.load();

		assertThat(added).isZero();
		assertThat(addedAgain).isZero();
		assertThat(repository.findAll()).hasSize(before);
		assertThat(catalogue.all()).hasSize(before);
		assertThat(writes()).isEqualTo(writesBefore);
	}

	@Test
	void addingWhatIsAlreadyThereChangesNothing() {
		int before = repository.findAll().size();

		int added = repository.addMissing(CatalogueFile.read(CatalogueFile.DEFAULT_LOCATION));

		assertThat(added).isZero();
		assertThat(repository.findAll()).hasSize(before);
	}

	private double writes() {
		return meters.find("store.calls").tag("operation", "write").timers().stream().mapToDouble(Timer::count).sum();
	}

}
