package io.orderprocessor.audit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.f4b6a3.ulid.Ulid;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import org.springframework.stereotype.Repository;

import io.orderprocessor.audit.AuditEntry;
import io.orderprocessor.audit.AuditPage;
import io.orderprocessor.audit.AuditQuery;
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

	@Override
	public AuditPage search(AuditQuery query) {
		String lo = Ulid.min(query.from().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()).toString();
		String hi = query.cursor() != null ? query.cursor()
				: Ulid.max(query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1)
					.toString();
		Map<String, String> names = new HashMap<>(Map.of("#pk", Keys.PK, "#sk", Keys.SK));
		Map<String, AttributeValue> values = new HashMap<>(Map.of(":lo", s(lo), ":hi", s(hi)));
		List<String> filters = new ArrayList<>();
		if (query.target() != null) {
			filters.add("#target = :target");
			names.put("#target", "target");
			values.put(":target", s(query.target()));
		}
		if (query.action() != null) {
			filters.add("#action = :action");
			names.put("#action", "action");
			values.put(":action", s(query.action()));
		}
		String filter = filters.isEmpty() ? null : String.join(" AND ", filters);
		List<AuditEntry> found = new ArrayList<>();
		int wanted = query.limit() + 1;
		if (query.actor() != null) {
			names.put("#pk", Keys.GSI2PK);
			names.put("#sk", Keys.GSI2SK);
			values.put(":pk", s("ACTOR#" + query.actor()));
			collect(Keys.GSI2, names, values, filter, query.cursor(), wanted, found);
		}
		else {
			LocalDate newest = query.cursor() == null ? query.to()
					: LocalDate.ofInstant(Ulid.from(query.cursor()).getInstant(), ZoneOffset.UTC);
			for (LocalDate day = newest; !day.isBefore(query.from()) && found.size() < wanted; day = day.minusDays(1)) {
				values.put(":pk", s("AUDIT#" + day));
				collect(null, names, values, filter, query.cursor(), wanted, found);
			}
		}
		boolean hasMore = found.size() > query.limit();
		List<AuditEntry> page = hasMore ? found.subList(0, query.limit()) : found;
		return new AuditPage(List.copyOf(page), hasMore, hasMore ? page.get(page.size() - 1).id() : null);
	}

	/** Adds matching entries of one partition, newest first, until {@code wanted}. */
	private void collect(String index, Map<String, String> names, Map<String, AttributeValue> values, String filter,
			String skipId, int wanted, List<AuditEntry> found) {
		Map<String, AttributeValue> start = null;
		do {
			QueryRequest.Builder request = QueryRequest.builder()
				.tableName(store.table())
				.keyConditionExpression("#pk = :pk AND #sk BETWEEN :lo AND :hi")
				.expressionAttributeNames(names)
				.expressionAttributeValues(Map.copyOf(values))
				.scanIndexForward(false)
				.limit(Math.max(filter == null ? 1 : 100, wanted - found.size() + 1));
			if (index != null) {
				request.indexName(index);
			}
			if (filter != null) {
				request.filterExpression(filter);
			}
			if (start != null) {
				request.exclusiveStartKey(start);
			}
			QueryResponse response = store.client().query(request.build());
			for (Map<String, AttributeValue> item : response.items()) {
				AuditEntry entry = entry(item);
				if (found.size() < wanted && !entry.id().equals(skipId)) {
					found.add(entry);
				}
			}
			start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
					? response.lastEvaluatedKey() : null;
		}
		while (found.size() < wanted && start != null);
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
