/**
 * Landing and dashboard pages: read-only views over the other modules' APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package io.orderprocessor.home;
