/**
 * The asset catalogue and its market data: which assets exist, their prices, changes and
 * history, from a simulated market or CoinGecko. Served from memory; other modules use
 * {@link io.orderprocessor.inventory.InventoryService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inventory",
		allowedDependencies = { "platform", "shared" })
package io.orderprocessor.inventory;
