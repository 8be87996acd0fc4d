package io.orderprocessor.notification;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import com.github.f4b6a3.ulid.Ulid;
import com.github.f4b6a3.ulid.UlidCreator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import io.orderprocessor.notification.internal.NotificationRepository.Counter;
import io.orderprocessor.notification.internal.NotificationRepository;
import io.orderprocessor.shared.Username;

/** Stores a user's notifications and answers the unread count and the list. */
@Service
public class NotificationService {

	private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

	private final NotificationRepository notes;

	private final Clock clock = Clock.systemUTC();

	NotificationService(NotificationRepository notes) {
		this.notes = notes;
	}

	/**
	 * Adds a notification. A failure is logged, never thrown: what it tells about has
	 * already happened.
	 */
	public void notify(String username, String kind, String text, String link) {
		try {
			notes.add(Username.normalise(username), UlidCreator.getMonotonicUlid().toString(), kind, text, link,
					clock.instant().truncatedTo(ChronoUnit.MILLIS));
		}
		catch (RuntimeException ex) {
			log.warn("Could not store a {} notification for {}: {}", kind, username, ex.getMessage());
		}
	}

	/** One read. */
	public long unreadCount(String username) {
		return notes.counter(Username.normalise(username)).unread();
	}

	public NotificationPage page(String username, String cursor, int limit) {
		Counter counter = notes.counter(Username.normalise(username));
		String valid = cursor != null && Ulid.isValid(cursor) ? cursor : null;
		return notes.page(Username.normalise(username), counter.readUpTo(), valid, Math.max(1, Math.min(limit, 100)));
	}

	public void markAllRead(String username) {
		String user = Username.normalise(username);
		for (int attempt = 0; attempt < 10; attempt++) {
			if (notes.markAllRead(user, notes.counter(user))) {
				return;
			}
		}
	}

}
