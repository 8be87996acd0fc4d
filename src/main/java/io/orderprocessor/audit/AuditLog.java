package io.orderprocessor.audit;

import java.util.List;

import org.springframework.stereotype.Service;

import io.orderprocessor.audit.internal.AuditRepository;

/** Reads the audit log (for the admin pages and for tests). */
@Service
public class AuditLog {

	private final AuditRepository entries;

	AuditLog(AuditRepository entries) {
		this.entries = entries;
	}

	/** The newest entries whose actor is {@code username}, newest first. */
	public List<AuditEntry> byActor(String username, int limit) {
		return entries.byActor(username, limit);
	}

}
