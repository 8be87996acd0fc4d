package io.orderprocessor.user.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.orderprocessor.user.Profile;

/**
 * Every account, for the admin pages: the user index ({@code GSI2PK = USERS}, by
 * username), cash held in total, and the role and lock changes that must never leave the
 * platform without an active admin.
 */
public interface UserDirectory {

	/**
	 * One page of users by username.
	 * @param search text the username or email contains (case-insensitive), or null
	 * @param after the last username of the previous page, or null
	 */
	Listing list(String search, String after, int limit);

	/** How many accounts exist. */
	long count();

	/** The sum of every account's cash balance. */
	BigDecimal totalCash();

	/**
	 * The admin guard: the version of the item every role or lock change of this kind
	 * bumps, and the usernames of the admins that are not locked (read consistently).
	 */
	AdminGuard adminGuard();

	/**
	 * Writes a new role and lock state at the profile's version, together with the guard
	 * at the version read, in one transaction.
	 * @throws io.orderprocessor.platform.store.OptimisticConflictException when the
	 * profile or the guard changed since they were read
	 */
	void changeAccess(StoredUser before, String role, boolean locked, Instant now, long guardVersion);

	record Listing(List<Profile> users, boolean hasMore, String nextAfter, long totalCount) {
	}

	record AdminGuard(long version, List<String> activeAdmins) {
	}

}
