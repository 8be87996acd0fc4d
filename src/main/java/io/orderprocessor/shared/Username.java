package io.orderprocessor.shared;

import java.util.Locale;

/** Usernames compare in one normal form: trimmed and lower case. */
public final class Username {

	private Username() {
	}

	/** The normal form of a username as typed; empty for null. */
	public static String normalise(String username) {
		return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
	}

}
