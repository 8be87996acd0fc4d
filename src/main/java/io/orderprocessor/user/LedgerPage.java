package io.orderprocessor.user;

import java.util.List;

/**
 * A page of ledger entries, newest first.
 *
 * @param totalCount how many entries match the query in all (counted, not guessed)
 * @param nextCursor where the next page starts, null on the last page
 */
public record LedgerPage(List<LedgerEntry> entries, long totalCount, boolean hasMore, String nextCursor) {

}
