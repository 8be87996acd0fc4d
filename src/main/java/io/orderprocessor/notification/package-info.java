/**
 * In-app notifications: listens to the order and user modules' events (fills, later limit
 * fills, cancellations, deposits, withdrawals, security events), stores them per user and
 * shows them with an unread count.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "inventory", "order", "platform", "shared", "user" })
package io.orderprocessor.notification;
