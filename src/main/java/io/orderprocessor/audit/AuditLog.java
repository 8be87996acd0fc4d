package io.orderprocessor.audit;

import java.util.List;

import com.github.f4b6a3.ulid.Ulid;

import org.springframework.stereotype.Service;

import io.orderprocessor.audit.internal.AuditRepository;

/** Reads the audit log (for the admin pages and for tests). */
@Service
public class AuditLog {

	/** The longest date range one search may span. */
	public static final int MAX_DAYS = 92;

	private final AuditRepository entries;

	AuditLog(AuditRepository entries) {
		this.entries = entries;
	}

	/** The newest entries whose actor is {@code username}, newest first. */
	public List<AuditEntry> byActor(String username, int limit) {
		return entries.byActor(username, limit);
	}

	/**
	 * One page of entries matching the query, newest first: by day partition, or through
	 * the by-actor index when an actor is given. The date range is at most
	 * {@value #MAX_DAYS} days.
	 * @throws IllegalArgumentException for a range that is reversed or too long, or a
	 * malformed cursor
	 */
	public AuditPage search(AuditQuery query) {
		if (query.from() == null || query.to() == null || query.from().isAfter(query.to())
				|| query.from().plusDays(MAX_DAYS - 1).isBefore(query.to())) {
			throw new IllegalArgumentException(
					"The date range must run forwards and span at most " + MAX_DAYS + " days");
		}
		if (query.cursor() != null && !Ulid.isValid(query.cursor())) {
			throw new IllegalArgumentException("Malformed cursor");
		}
		if (query.limit() < 1 || query.limit() > 200) {
			throw new IllegalArgumentException("The limit must be between 1 and 200");
		}
		return entries.search(query);
	}

}
