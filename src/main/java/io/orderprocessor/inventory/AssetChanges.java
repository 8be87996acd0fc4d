package io.orderprocessor.inventory;

/**
 * What an admin changes about an asset; null fields stay as they are.
 *
 * @param active whether the asset can be traded
 */
public record AssetChanges(String name, String category, String description, Boolean active) {

	public boolean isEmpty() {
		return name == null && category == null && description == null && active == null;
	}

}
