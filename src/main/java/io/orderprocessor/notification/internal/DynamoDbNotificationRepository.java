package io.orderprocessor.notification.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import org.springframework.stereotype.Repository;

import io.orderprocessor.notification.Notification;
import io.orderprocessor.notification.NotificationPage;
import io.orderprocessor.platform.store.ConditionFailedException;
import io.orderprocessor.platform.dynamodb.DynamoDbStore;
import io.orderprocessor.platform.dynamodb.Keys;

@Repository
class DynamoDbNotificationRepository implements NotificationRepository {

	private static final String PREFIX = "NOTE#";

	private static final String COUNTER = "NOTES";

	private final DynamoDbStore store;

	DynamoDbNotificationRepository(DynamoDbStore store) {
		this.store = store;
	}

	@Override
	public void add(String username, String id, String kind, String text, String link, Instant createdAt) {
		Map<String, AttributeValue> item = new HashMap<>();
		item.put(Keys.PK, s(pk(username)));
		item.put(Keys.SK, s(PREFIX + id));
		item.put("entity", s("NOTE"));
		item.put("kind", s(kind));
		item.put("text", s(text));
		if (link != null) {
			item.put("link", s(link));
		}
		item.put("created_at", s(createdAt.toString()));
		store.write(store.transaction()
			.putIfAbsent("note", item)
			.update("counter", DynamoDbStore.key(pk(username), COUNTER), "ADD #unread :one SET #newest_id = :id", null,
					Map.of(":one", AttributeValue.fromN("1"), ":id", s(id))));
	}

	@Override
	public Counter counter(String username) {
		Map<String, AttributeValue> item = store.get(pk(username), COUNTER);
		if (item == null || item.isEmpty()) {
			return new Counter(0, null, null);
		}
		return new Counter(item.containsKey("unread") ? Long.parseLong(item.get("unread").n()) : 0,
				str(item, "newest_id"), str(item, "read_up_to"));
	}

	@Override
	public NotificationPage page(String username, String readUpTo, String cursor, int limit) {
		QueryRequest.Builder request = QueryRequest.builder()
			.tableName(store.table())
			.keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
			.expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
			.expressionAttributeValues(Map.of(":pk", s(pk(username)), ":prefix", s(PREFIX)))
			.scanIndexForward(false)
			.consistentRead(true)
			.limit(limit + 1);
		if (cursor != null) {
			request.exclusiveStartKey(DynamoDbStore.key(pk(username), PREFIX + cursor));
		}
		QueryResponse response = store.client().query(request.build());
		List<Notification> found = response.items().stream().map(item -> {
			String id = str(item, Keys.SK).substring(PREFIX.length());
			return new Notification(id, str(item, "kind"), str(item, "text"), str(item, "link"),
					readUpTo != null && id.compareTo(readUpTo) <= 0, Instant.parse(str(item, "created_at")));
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
			store.write(store.transaction()
				.update("counter", DynamoDbStore.key(pk(username), COUNTER),
						"SET #unread = :zero, #read_up_to = :newest", "#newest_id = :newest",
						Map.of(":zero", AttributeValue.fromN("0"), ":newest", s(seen.newestId()))));
			return true;
		}
		catch (ConditionFailedException ex) {
			return false;
		}
	}

	private static String pk(String username) {
		return "USER#" + username;
	}

	private static AttributeValue s(String value) {
		return AttributeValue.fromS(value);
	}

	private static String str(Map<String, AttributeValue> item, String name) {
		AttributeValue value = item.get(name);
		return value == null ? null : value.s();
	}

}
