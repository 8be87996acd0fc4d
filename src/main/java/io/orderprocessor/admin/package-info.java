/**
 * The admin area: overview, users (lock, role, cash adjustments), the catalogue, all
 * orders and the audit log, as pages under {@code /admin} and the API under
 * {@code /api/v1/admin}. Reads and acts only through the other modules' APIs; admins only
 * (URL rules and method security).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admin",
		allowedDependencies = { "audit", "inventory", "order", "platform", "shared", "user" })
package io.orderprocessor.admin;
