package io.orderprocessor.audit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import com.github.f4b6a3.ulid.UlidCreator;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import io.orderprocessor.audit.AuditEntry;
import io.orderprocessor.platform.security.RateLimited;
import io.orderprocessor.platform.security.RateLimiter;
import io.orderprocessor.shared.Activity;

/**
 * Records what users and admins did ({@link Activity}), requests refused by a rule of
 * access (403) or by a rate limit (429), with the address, browser and request id of the
 * request they happened in. Plain {@code @EventListener}s: they run in the publishing
 * thread (there is no Spring transaction over the store for transactional listeners to
 * wait for). If storing fails, the event is still logged and the action it describes is
 * not undone.
 */
@Component
class AuditRecorder {

	static final String ACCESS_DENIED = "security.access_denied";

	static final String RATE_LIMITED = "security.rate_limited";

	private static final Logger log = LoggerFactory.getLogger("audit");

	private static final int MAX_AGENT = 300;

	private final AuditRepository entries;

	private final RateLimiter limiter;

	private final JsonMapper json;

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final Clock clock = Clock.systemUTC();

	AuditRecorder(AuditRepository entries, RateLimiter limiter, JsonMapper json) {
		this.entries = entries;
		this.limiter = limiter;
		this.json = json;
	}

	@EventListener
	void on(Activity activity) {
		Activity.Audit audit = activity.audit();
		record(audit.action(), audit.actor(), audit.target(), audit.details());
	}

	/**
	 * A signed-in user was refused by a URL rule or by method security. Anonymous
	 * visitors are sent to sign in (or answered 401), which is not a denial worth a
	 * record.
	 */
	@EventListener
	void on(AuthorizationDeniedEvent<?> denied) {
		Authentication who = denied.getAuthentication().get();
		if (!trust.isAuthenticated(who)) {
			return;
		}
		record(ACCESS_DENIED, who.getName(), resource(denied.getObject()), Map.of());
	}

	private static String resource(Object secured) {
		if (secured instanceof HttpServletRequest request) {
			return request.getMethod() + " " + request.getRequestURI();
		}
		if (secured instanceof MethodInvocation call) {
			return call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName();
		}
		return secured.getClass().getSimpleName();
	}

	/**
	 * The first refusal of a limit and subject in a minute; the rest of a flood is not
	 * written.
	 */
	@EventListener
	void on(RateLimited limited) {
		boolean first = limiter
			.tryConsume("audited:" + limited.limit() + ":" + limited.subject(), 1, Duration.ofMinutes(1))
			.map(ConsumptionProbe::isConsumed)
			.orElse(true);
		if (first) {
			Authentication who = SecurityContextHolder.getContext().getAuthentication();
			record(RATE_LIMITED, trust.isAuthenticated(who) ? who.getName() : null, limited.subject(),
					Map.of("limit", limited.limit(), "retry_after_seconds",
							Long.toString(Math.max(1, limited.retryAfter().toSeconds()))));
		}
	}

	private void record(String action, String actor, String target, Map<String, String> details) {
		HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
				? a.getRequest() : null;
		String requestId = MDC.get("requestId");
		if (requestId == null && request != null && request.getAttribute("requestId") instanceof String id) {
			requestId = id;
		}
		String agent = request == null ? null : request.getHeader("User-Agent");
		AuditEntry entry = new AuditEntry(UlidCreator.getMonotonicUlid().toString(),
				clock.instant().truncatedTo(ChronoUnit.MILLIS), action, actor, target,
				request == null ? null : request.getRemoteAddr(),
				agent == null ? null : agent.substring(0, Math.min(agent.length(), MAX_AGENT)), requestId, details);
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
