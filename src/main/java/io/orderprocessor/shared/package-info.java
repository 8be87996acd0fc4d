/**
 * Value types every module uses: money and quantities as people read them, usernames in
 * their one normal form, timestamps in the one format the pages show. Plain classes and
 * records, no beans; depends on nothing in the application.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.orderprocessor.shared;
