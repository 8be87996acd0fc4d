package io.orderprocessor.user;

import java.util.Map;

/**
 * Something that happened in the user module that the audit log records. Details never
 * hold passwords, tokens or session ids.
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
