/**
 * Orders and holdings: market orders filled at once, limit orders that hold cash or
 * quantity until a matcher fills them, cancellations, idempotency keys and the asset
 * transactions. Every placement, fill and cancellation is one atomic write that also
 * moves the cash (the user module's cash change enlists itself in it). Other modules use
 * {@link io.orderprocessor.order.OrderService} for the commands and
 * {@link io.orderprocessor.order.OrderQueries} for the reads.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Orders",
		allowedDependencies = { "inventory", "platform", "shared", "user" })
package io.orderprocessor.order;
