package io.orderprocessor.audit.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import com.github.f4b6a3.ulid.UlidCreator;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import io.orderprocessor.audit.AuditEntry;
import io.orderprocessor.user.UserActivity;

/**
 * Records the user module's events, with the address, browser and request id of the
 * request they happened in. A plain {@code @EventListener}: it runs in the publishing
 * thread (there is no transaction over DynamoDB for transactional listeners to wait for).
 * If storing fails, the event is still logged and the action it describes is not undone.
 */
@Component
class AuditRecorder {

	private static final Logger log = LoggerFactory.getLogger("audit");

	private static final int MAX_AGENT = 300;

	private final AuditRepository entries;

	private final JsonMapper json;

	private final Clock clock = Clock.systemUTC();

	AuditRecorder(AuditRepository entries, JsonMapper json) {
		this.entries = entries;
		this.json = json;
	}

	@EventListener
	void on(UserActivity activity) {
		HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
				? a.getRequest() : null;
		String requestId = MDC.get("requestId");
		if (requestId == null && request != null && request.getAttribute("requestId") instanceof String id) {
			requestId = id;
		}
		String agent = request == null ? null : request.getHeader("User-Agent");
		AuditEntry entry = new AuditEntry(UlidCreator.getMonotonicUlid().toString(),
				clock.instant().truncatedTo(ChronoUnit.MILLIS), activity.action(), activity.actor(), activity.target(),
				request == null ? null : request.getRemoteAddr(),
				agent == null ? null : agent.substring(0, Math.min(agent.length(), MAX_AGENT)), requestId,
				activity.details());
		log.info(toJson(entry));
		try {
			entries.save(entry);
		}
		catch (RuntimeException ex) {
			log.error("Could not store audit entry {}: {}", entry.id(), ex.getMessage());
		}
	}

	private String toJson(AuditEntry entry) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("audit", entry.action());
		fields.put("id", entry.id());
		fields.put("time", entry.time().toString());
		fields.put("actor", entry.actor());
		fields.put("target", entry.target());
		fields.put("ip", entry.ipAddress());
		fields.put("user_agent", entry.userAgent());
		fields.put("request_id", entry.requestId());
		fields.put("details", entry.details());
		return json.writeValueAsString(fields);
	}

}
