package io.orderprocessor.order;

/**
 * The result of placing an order.
 *
 * @param replayed true when the idempotency key had been used: {@code order} is the order
 * it placed first, nothing new was placed
 */
public record Placement(Order order, boolean replayed) {

}
