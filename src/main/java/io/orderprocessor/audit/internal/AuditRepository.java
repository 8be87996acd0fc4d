package io.orderprocessor.audit.internal;

import java.util.List;

import io.orderprocessor.audit.AuditEntry;

public interface AuditRepository {

	void save(AuditEntry entry);

	List<AuditEntry> byActor(String actor, int limit);

	/** One page of the entries matching the (already checked) query, newest first. */
	io.orderprocessor.audit.AuditPage search(io.orderprocessor.audit.AuditQuery query);

}
