package io.orderprocessor.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shared event contract: something a user (or the system on their behalf) did that
 * the audit log records. Each module's own events implement it, so the audit module
 * depends on no business module.
 */
public interface Activity {

	/** What the audit log keeps of this event. */
	Audit audit();

	/**
	 * @param action a stable name, e.g. {@code user.registered}
	 * @param actor who did it: a username, or null when nobody is signed in
	 * @param target whom or what it concerned (a username, an address, a symbol)
	 * @param details never passwords, tokens or session ids
	 */
	record Audit(String action, String actor, String target, Map<String, String> details) {

		/** The user's own doing: they are actor and target. */
		public static Audit self(String action, String username, Map<String, String> details) {
			return new Audit(action, username, username, details);
		}

		/** The same, with an admin's reason among the details when one was given. */
		public Audit because(String reason) {
			if (reason == null || reason.isBlank()) {
				return this;
			}
			Map<String, String> withReason = new LinkedHashMap<>(details);
			withReason.put("reason", reason.trim());
			return new Audit(action, actor, target, withReason);
		}

	}

}
