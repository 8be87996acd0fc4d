package io.orderprocessor.user;

import java.util.Map;

/**
 * Something a user (or the system on their behalf) did that the audit log records: the
 * user module's events, admin actions and orders implement it. Details never hold
 * passwords, tokens or session ids.
 */
public interface UserActivity {

	/** A stable name, e.g. {@code user.registered}. */
	String action();

	/** Who did it: a username, or null when nobody is signed in. */
	String actor();

	/** Whom or what it concerned (a username, an address). */
	String target();

	Map<String, String> details();

}
