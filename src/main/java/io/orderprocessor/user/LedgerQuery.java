package io.orderprocessor.user;

import java.time.LocalDate;

/**
 * Which ledger entries to list, newest first.
 *
 * @param type only entries of this type, or null for all
 * @param from first UTC day included, or null
 * @param to last UTC day included, or null
 * @param cursor the {@code nextCursor} of the previous page, or null for the first page
 * @param limit entries per page
 */
public record LedgerQuery(LedgerType type, LocalDate from, LocalDate to, String cursor, int limit) {

	public static LedgerQuery all(int limit) {
		return new LedgerQuery(null, null, null, null, limit);
	}

	public LedgerQuery next(String nextCursor) {
		return new LedgerQuery(type, from, to, nextCursor, limit);
	}

}
