/**
 * Landing and dashboard pages: read-only views over the other modules' APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home",
		allowedDependencies = { "inventory", "order", "platform", "portfolio", "user" })
package io.orderprocessor.home;
