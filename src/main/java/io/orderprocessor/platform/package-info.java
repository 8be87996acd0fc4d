/**
 * Technical foundation shared by every business module: the store (its port and two
 * engines), Redis, security, web infrastructure and observability. Depends on no business
 * module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.orderprocessor.platform;
