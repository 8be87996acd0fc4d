package io.orderprocessor.inventory.internal;

import java.util.Collection;
import java.util.List;

import io.orderprocessor.inventory.Asset;

/** Where the catalogue is kept. */
public interface AssetRepository {

	/** Every stored asset, in no particular order. */
	List<Asset> findAll();

	/**
	 * Stores the assets that are not stored yet and leaves the others as they are.
	 * @return how many were added
	 */
	int addMissing(Collection<Asset> assets);

}
