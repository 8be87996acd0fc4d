/**
 * Accounts: registration, sign-in, profiles, cash balances and their ledger.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Users", allowedDependencies = { "platform", "shared" })
package io.orderprocessor.user;
