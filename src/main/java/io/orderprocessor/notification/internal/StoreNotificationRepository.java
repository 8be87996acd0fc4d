package io.orderprocessor.notification.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Repository;

import io.orderprocessor.notification.Notification;
import io.orderprocessor.notification.NotificationPage;
import io.orderprocessor.platform.store.AtomicWrite;
import io.orderprocessor.platform.store.Attributes;
import io.orderprocessor.platform.store.Changes;
import io.orderprocessor.platform.store.Condition;
import io.orderprocessor.platform.store.ConditionFailedException;
import io.orderprocessor.platform.store.Item;
import io.orderprocessor.platform.store.Key;
import io.orderprocessor.platform.store.Query;
import io.orderprocessor.platform.store.Store;
import io.orderprocessor.platform.store.UserPartition;

@Repository
class StoreNotificationRepository implements NotificationRepository {

	private static final String PREFIX = "NOTE#";

	private static final String COUNTER = "NOTES";

	private final Store store;

	StoreNotificationRepository(Store store) {
		this.store = store;
	}

	@Override
	public void add(String username, String id, String kind, String text, String link, Instant createdAt) {
		Item note = Item.at(UserPartition.of(username), PREFIX + id)
			.set("entity", "NOTE")
			.set("kind", kind)
			.set("text", text)
			.set("link", link)
			.set("created_at", createdAt)
			.build();
		store.write(AtomicWrite.create()
			.putIfAbsent("note", note)
			.update("counter", counterKey(username), Changes.set("newest_id", id).andAdd("unread", BigDecimal.ONE),
					null));
	}

	@Override
	public Counter counter(String username) {
		return store.get(counterKey(username))
			.map(item -> new Counter(item.longValue("unread", 0), item.str("newest_id"), item.str("read_up_to")))
			.orElseGet(() -> new Counter(0, null, null));
	}

	@Override
	public NotificationPage page(String username, String readUpTo, String cursor, int limit) {
		Query query = Query.table(UserPartition.of(username)).beginsWith(PREFIX).newestFirst().limit(limit + 1);
		if (cursor != null) {
			query = query.afterItem(Key.of(UserPartition.of(username), PREFIX + cursor), null);
		}
		List<Notification> found = store.queryAll(query).stream().limit(limit + 1).map(item -> {
			String id = item.str(Attributes.SK).substring(PREFIX.length());
			return new Notification(id, item.str("kind"), item.str("text"), item.str("link"),
					readUpTo != null && id.compareTo(readUpTo) <= 0, item.instant("created_at"));
		}).toList();
		boolean hasMore = found.size() > limit;
		List<Notification> page = hasMore ? found.subList(0, limit) : found;
		return new NotificationPage(List.copyOf(page), hasMore, hasMore ? page.get(page.size() - 1).id() : null);
	}

	@Override
	public boolean markAllRead(String username, Counter seen) {
		if (seen.newestId() == null) {
			return true;
		}
		try {
			store.write(AtomicWrite.create()
				.update("counter", counterKey(username), Changes.set("unread", 0).and("read_up_to", seen.newestId()),
						Condition.equalTo("newest_id", seen.newestId())));
			return true;
		}
		catch (ConditionFailedException ex) {
			return false;
		}
	}

	private static Key counterKey(String username) {
		return Key.of(UserPartition.of(username), COUNTER);
	}

}
