package io.orderprocessor.user.internal;

import io.orderprocessor.user.Profile;

/**
 * A profile as stored, with its password hash and the version it was read at.
 */
public record StoredUser(Profile profile, String passwordHash, long version) {

	public String username() {
		return profile.username();
	}

}
