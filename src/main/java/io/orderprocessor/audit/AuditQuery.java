package io.orderprocessor.audit;

import java.time.LocalDate;

/**
 * Which audit entries to read, newest first.
 *
 * @param actor only entries by this user (read through the by-actor index), or null
 * @param target only entries about this user or address, or null
 * @param action only this event type, e.g. {@code admin.user_locked}, or null
 * @param from first UTC day, inclusive
 * @param to last UTC day, inclusive
 * @param cursor the id of the last entry of the previous page, or null
 */
public record AuditQuery(String actor, String target, String action, LocalDate from, LocalDate to, String cursor,
		int limit) {
}
