package io.orderprocessor.notification.internal;

import java.time.Instant;

import io.orderprocessor.notification.NotificationPage;

/**
 * Notifications ({@code USER#u/NOTE#<ulid>}) and a per-user counter item
 * ({@code USER#u/NOTES}: unread count, the newest id, and the id up to which everything
 * is read), so the bell is one read and "mark all read" one write.
 */
public interface NotificationRepository {

	/** The note and the counter's increment, in one transaction. */
	void add(String username, String id, String kind, String text, String link, Instant createdAt);

	Counter counter(String username);

	NotificationPage page(String username, String readUpTo, String cursor, int limit);

	/**
	 * Marks everything up to {@code newestSeen} read, if no note arrived since.
	 * @return false when a note arrived in between (read again and retry)
	 */
	boolean markAllRead(String username, Counter seen);

	record Counter(long unread, String newestId, String readUpTo) {
	}

}
