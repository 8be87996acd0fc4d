package io.orderprocessor.audit;

import java.util.List;

/** One page of audit entries, newest first; {@code nextCursor} continues it. */
public record AuditPage(List<AuditEntry> entries, boolean hasMore, String nextCursor) {
}
