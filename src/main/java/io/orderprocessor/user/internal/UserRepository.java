package io.orderprocessor.user.internal;

import java.util.Optional;

import io.orderprocessor.platform.store.ConditionFailedException;
import io.orderprocessor.user.LedgerEntry;

/** Profiles and their email claims. */
public interface UserRepository {

	/** Labels of the conditions that fail when a username or email is taken. */
	String USERNAME_TAKEN = "username";

	String EMAIL_TAKEN = "email";

	Optional<StoredUser> find(String username);

	/**
	 * Creates the profile, its email claim and an empty (or opening-balance) cash account
	 * in one transaction.
	 * @param openingDeposit a DEPOSIT ledger entry that funds the account, or null
	 * @throws ConditionFailedException failing {@link #USERNAME_TAKEN} and/or
	 * {@link #EMAIL_TAKEN}
	 */
	void create(StoredUser user, LedgerEntry openingDeposit);

	/**
	 * Replaces {@code before} (read at its version) by {@code after}, moving the email
	 * claim when the email changed.
	 * @throws io.orderprocessor.platform.store.OptimisticConflictException when it
	 * changed since it was read
	 * @throws ConditionFailedException failing {@link #EMAIL_TAKEN}
	 */
	void update(StoredUser before, StoredUser after);

}
