package io.orderprocessor.inventory.internal;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.orderprocessor.inventory.Asset;
import io.orderprocessor.inventory.AssetChanges;
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.support.TestAssets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another instance's change (written straight to the store here) reaches this instance's
 * in-memory catalogue at its next revision check, and only a change makes it read the
 * catalogue again.
 */
@IntegrationTest
class CatalogueRefreshTest {

	@Autowired
	AssetRepository repository;

	@Autowired
	AssetCatalogue catalogue;

	@Autowired
	TestAssets assets;

	@Test
	void aChangeMadeElsewhereIsReadAtTheNextCheck() {
		try {
			changeElsewhere(assets.newSymbol("R"));
		}
		finally {
			assets.removeAll();
		}
	}

	private void changeElsewhere(String symbol) {
		catalogue.reloadIfChanged();
		assertThat(catalogue.reloadIfChanged()).as("nothing changed").isFalse();

		assertThat(repository.add(new Asset(symbol, "Elsewhere", "defi", "Added by another instance.", "x",
				BigDecimal.ONE, 999, BigDecimal.ZERO, BigDecimal.ZERO, null, true)))
			.isTrue();
		assertThat(catalogue.find(symbol)).as("not read yet").isEmpty();
		assertThat(catalogue.reloadIfChanged()).isTrue();
		assertThat(catalogue.find(symbol)).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Elsewhere"));

		repository.update(symbol, new AssetChanges(null, null, null, false));
		assertThat(catalogue.find(symbol).get().active()).isTrue();
		assertThat(catalogue.reloadIfChanged()).isTrue();
		assertThat(catalogue.find(symbol).get().active()).isFalse();
		assertThat(repository.add(new Asset(symbol, "Twice", "defi", "d", "x", BigDecimal.ONE, 999, BigDecimal.ZERO,
				BigDecimal.ZERO, null, true)))
			.as("an existing symbol is not added again")
			.isFalse();
	}

}
