package io.orderprocessor.audit.internal;

import java.util.List;

import io.orderprocessor.audit.AuditEntry;

public interface AuditRepository {

	void save(AuditEntry entry);

	List<AuditEntry> byActor(String actor, int limit);

}
