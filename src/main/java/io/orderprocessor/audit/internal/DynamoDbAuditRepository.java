package io.orderprocessor.audit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.stereotype.Repository;

import io.orderprocessor.audit.AuditEntry;
import io.orderprocessor.platform.dynamodb.DynamoDbStore;
import io.orderprocessor.platform.dynamodb.Keys;

/**
 * {@code AUDIT#<yyyy-mm-dd>} / {@code <ulid>}, with {@code GSI2PK = ACTOR#<username>},
 * {@code GSI2SK = <ulid>} for a user's history.
 */
@Repository
class DynamoDbAuditRepository implements AuditRepository {

	private final DynamoDbStore store;

	DynamoDbAuditRepository(DynamoDbStore store) {
		this.store = store;
	}

	@Override
	public void save(AuditEntry entry) {
		Map<String, AttributeValue> item = new HashMap<>();
		item.put(Keys.PK, s("AUDIT#" + LocalDate.ofInstant(entry.time(), ZoneOffset.UTC)));
		item.put(Keys.SK, s(entry.id()));
		item.put("entity", s("AUDIT"));
		item.put("time", s(entry.time().toString()));
		item.put("action", s(entry.action()));
		put(item, "actor", entry.actor());
		put(item, "target", entry.target());
		put(item, "ip", entry.ipAddress());
		put(item, "user_agent", entry.userAgent());
		put(item, "request_id", entry.requestId());
		if (!entry.details().isEmpty()) {
			item.put("details",
					AttributeValue.fromM(entry.details()
						.entrySet()
						.stream()
						.filter(e -> e.getValue() != null)
						.collect(Collectors.toMap(Map.Entry::getKey, e -> s(e.getValue())))));
		}
		if (entry.actor() != null) {
			item.put(Keys.GSI2PK, s("ACTOR#" + entry.actor()));
			item.put(Keys.GSI2SK, s(entry.id()));
		}
		store.write(store.transaction().put(item));
	}

	@Override
	public List<AuditEntry> byActor(String actor, int limit) {
		return store.client()
			.query(q -> q.tableName(store.table())
				.indexName(Keys.GSI2)
				.keyConditionExpression("#pk = :pk")
				.expressionAttributeNames(Map.of("#pk", Keys.GSI2PK))
				.expressionAttributeValues(Map.of(":pk", s("ACTOR#" + actor)))
				.scanIndexForward(false)
				.limit(limit))
			.items()
			.stream()
			.map(DynamoDbAuditRepository::entry)
			.toList();
	}

	private static AuditEntry entry(Map<String, AttributeValue> item) {
		Map<String, String> details = item.containsKey("details") ? item.get("details")
			.m()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().s())) : Map.of();
		return new AuditEntry(str(item, Keys.SK), Instant.parse(str(item, "time")), str(item, "action"),
				str(item, "actor"), str(item, "target"), str(item, "ip"), str(item, "user_agent"),
				str(item, "request_id"), details);
	}

	private static void put(Map<String, AttributeValue> item, String name, String value) {
		if (value != null) {
			item.put(name, s(value));
		}
	}

	private static String str(Map<String, AttributeValue> item, String name) {
		AttributeValue value = item.get(name);
		return value == null ? null : value.s();
	}

	private static AttributeValue s(String value) {
		return AttributeValue.fromS(value);
	}

}
