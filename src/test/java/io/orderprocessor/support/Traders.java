package io.orderprocessor.support;

import io.orderprocessor.user.CashService;
import io.orderprocessor.user.UserMother;
import io.orderprocessor.user.UserService;

/**
 * New accounts for an {@link IntegrationTest}, registered straight through the user
 * module's services with {@link UserMother}'s password, from no address (so outside every
 * address's registration limit).
 */
public record Traders(UserService users, CashService cash) {

	/** Registers a new account named from {@code prefix}; answers its username. */
	public String registered(String prefix) {
		String username = UserMother.uniqueUsername(prefix);
		users.register(UserMother.registration(username), null);
		return username;
	}

	/** Registers a new account and deposits {@code amount}; answers its username. */
	public String funded(String prefix, String amount) {
		String username = registered(prefix);
		cash.deposit(username, amount);
		return username;
	}

}
