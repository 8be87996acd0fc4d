/**
 * The audit log: listens to the other modules' events and keeps who did what, from where,
 * in the store (by day, and by actor through GSI2) and in the log as structured JSON.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "platform", "shared" })
package io.orderprocessor.audit;
