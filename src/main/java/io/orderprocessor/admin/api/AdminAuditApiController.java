package io.orderprocessor.admin.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.orderprocessor.admin.AdminService;
import io.orderprocessor.audit.AuditEntry;
import io.orderprocessor.audit.AuditPage;
import io.orderprocessor.platform.web.InvalidFieldsException;

/**
 * The audit log for admin programs: {@code actor}, {@code target}, {@code event_type},
 * {@code from}/{@code to} (UTC days, default the last 7), {@code cursor}, {@code limit}.
 */
@RestController
class AdminAuditApiController {

	private final AdminService admin;

	AdminAuditApiController(AdminService admin) {
		this.admin = admin;
	}

	@GetMapping("/api/v1/admin/audit")
	AuditResponse audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String target,
			@RequestParam(name = "event_type", required = false) String eventType,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String cursor, @RequestParam(defaultValue = "50") int limit) {
		AuditPage page = admin.audit(actor, target, eventType, date("from", from), date("to", to), cursor, limit);
		return new AuditResponse(page.entries().stream().map(Event::of).toList(), page.hasMore(), page.nextCursor());
	}

	private static LocalDate date(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidFieldsException(name, "Dates are written yyyy-mm-dd", "date_parsing");
		}
	}

	record AuditResponse(List<Event> data, boolean hasMore, String nextCursor) {
	}

	record Event(String id, Instant timestamp, String eventType, String actor, String target, String ipAddress,
			String userAgent, String requestId, Map<String, String> details) {

		static Event of(AuditEntry e) {
			return new Event(e.id(), e.time(), e.action(), e.actor(), e.target(), e.ipAddress(), e.userAgent(),
					e.requestId(), e.details());
		}

	}

}
