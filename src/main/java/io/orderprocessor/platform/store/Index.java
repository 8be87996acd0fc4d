package io.orderprocessor.platform.store;

/**
 * The orderings a query can read: the table by primary key, or one of two secondary ones.
 */
public enum Index {

	TABLE(Attributes.PK, Attributes.SK),

	/** Open limit orders by symbol, then side and price. */
	GSI1(Attributes.GSI1PK, Attributes.GSI1SK),

	/** Profiles by username, orders by day, audit events by actor. */
	GSI2(Attributes.GSI2PK, Attributes.GSI2SK);

	private final String partitionAttribute;

	private final String sortAttribute;

	Index(String partitionAttribute, String sortAttribute) {
		this.partitionAttribute = partitionAttribute;
		this.sortAttribute = sortAttribute;
	}

	public String partitionAttribute() {
		return partitionAttribute;
	}

	public String sortAttribute() {
		return sortAttribute;
	}

}
