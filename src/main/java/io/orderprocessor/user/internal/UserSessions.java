package io.orderprocessor.user.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import io.orderprocessor.user.ActiveSession;

/**
 * A user's browser sessions through Spring Session's per-user index in Redis: listed on
 * the profile page, ended after a password change, on "sign out other sessions" and when
 * an account is locked.
 */
@Component
public class UserSessions {

	/** Session attributes written at sign-in, shown in the sessions list. */
	public static final String IP_ATTRIBUTE = "app.signin.ip";

	public static final String AGENT_ATTRIBUTE = "app.signin.agent";

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	public List<ActiveSession> list(String username, String currentSessionId) {
		List<ActiveSession> list = new ArrayList<>();
		for (Map.Entry<String, ? extends Session> entry : sessions.findByPrincipalName(username).entrySet()) {
			Session session = entry.getValue();
			if (session.isExpired()) {
				continue;
			}
			list.add(new ActiveSession(entry.getKey().equals(currentSessionId),
					device(session.getAttribute(AGENT_ATTRIBUTE)), session.getAttribute(IP_ATTRIBUTE),
					session.getCreationTime(), session.getLastAccessedTime()));
		}
		list.sort(Comparator.comparing(ActiveSession::current)
			.reversed()
			.thenComparing(ActiveSession::lastActiveAt, Comparator.reverseOrder()));
		return list;
	}

	/**
	 * Ends every session of the user except {@code keepSessionId} (null ends all).
	 * @return how many ended
	 */
	public int endAllBut(String username, String keepSessionId) {
		int ended = 0;
		for (String id : sessions.findByPrincipalName(username).keySet()) {
			if (!id.equals(keepSessionId)) {
				sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

	/** "Firefox on Windows" from a user agent; "Unknown device" when there is none. */
	static String device(String agent) {
		if (agent == null || agent.isBlank()) {
			return "Unknown device";
		}
		String browser = agent.contains("Edg/") ? "Edge"
				: agent.contains("OPR/") ? "Opera"
						: agent.contains("Firefox/") ? "Firefox"
								: agent.contains("Chrome/") || agent.contains("Chromium/") ? "Chrome"
										: agent.contains("Safari/") ? "Safari" : "Browser";
		String system = agent.contains("Android") ? "Android"
				: agent.contains("iPhone") || agent.contains("iPad") ? "iOS" : agent.contains("Windows") ? "Windows"
						: agent.contains("Mac OS") ? "macOS" : agent.contains("Linux") ? "Linux" : null;
		return system == null ? browser : browser + " on " + system;
	}

}
