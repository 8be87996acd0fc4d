package io.orderprocessor.inventory.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.orderprocessor.inventory.Asset;
import io.orderprocessor.inventory.AssetChanges;

/** Where the catalogue is kept. */
public interface AssetRepository {

	/** Every stored asset, in no particular order. */
	List<Asset> findAll();

	/**
	 * Stores the assets that are not stored yet and leaves the others as they are.
	 * @return how many were added
	 */
	int addMissing(Collection<Asset> assets);

	/**
	 * Changes an asset's editable fields and bumps the catalogue revision, in one
	 * transaction.
	 * @return the asset as stored now, or empty when there is no such asset
	 */
	Optional<Asset> update(String symbol, AssetChanges changes);

	/**
	 * Adds an asset and bumps the catalogue revision, in one transaction.
	 * @return false when an asset with its symbol exists already
	 */
	boolean add(Asset asset);

	/**
	 * A number that changes whenever an admin changes the catalogue; instances compare it
	 * to the one they loaded to know when to read the catalogue again.
	 */
	long revision();

}
