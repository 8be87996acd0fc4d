/**
 * Accounts: registration, sign-in, profiles, cash balances and their ledger.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Users")
package io.orderprocessor.user;
