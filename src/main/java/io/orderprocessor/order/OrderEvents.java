package io.orderprocessor.order;

/** The past-tense events of the order module; other modules listen to them. */
public final class OrderEvents {

	private OrderEvents() {
	}

	/** A limit order was accepted and reserves what it needs. */
	public record OrderPlaced(Order order) {
	}

	/**
	 * An order was filled.
	 *
	 * @param later true for a limit order filled by the matcher after it was placed
	 */
	public record OrderFilled(Order order, boolean later) {
	}

	/** A pending order was cancelled by its owner and its hold released. */
	public record OrderCancelled(Order order) {
	}

}
