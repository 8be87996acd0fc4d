package io.orderprocessor.shared;

import java.util.Map;

/**
 * The shared event contract: something a user (or the system on their behalf) did that
 * the audit log records. Each module's own events implement it, so the audit module
 * depends on no business module. Details never hold passwords, tokens or session ids.
 */
public interface Activity {

	/** A stable name, e.g. {@code user.registered}. */
	String action();

	/** Who did it: a username, or null when nobody is signed in. */
	String actor();

	/** Whom or what it concerned (a username, an address). */
	String target();

	Map<String, String> details();

}
