package io.orderprocessor.audit.internal;

import java.util.List;

import io.orderprocessor.audit.AuditEntry;
import io.orderprocessor.audit.AuditPage;
import io.orderprocessor.audit.AuditQuery;

public interface AuditRepository {

	void save(AuditEntry entry);

	List<AuditEntry> byActor(String actor, int limit);

	/** One page of the entries matching the (already checked) query, newest first. */
	AuditPage search(AuditQuery query);

}
