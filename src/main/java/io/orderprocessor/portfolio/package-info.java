/**
 * The user's portfolio: holdings at current prices with cost basis, unrealised profit and
 * loss and allocation, composed read-only from the order, inventory and user modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portfolio",
		allowedDependencies = { "inventory", "order", "platform", "user" })
package io.orderprocessor.portfolio;
