package io.orderprocessor.platform.dynamodb;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.orderprocessor.platform.store.ConcurrentUpdateException;
import io.orderprocessor.platform.store.ConditionFailedException;
import io.orderprocessor.platform.store.OptimisticConflictException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

import org.springframework.stereotype.Component;

/**
 * One-off migrations of items already in the table, such as index keys for items written
 * before the index existed. Each runs once per table: a marker item records that it
 * finished, so the table {@code Scan} it needs happens once, never for a page view. A
 * migration must be harmless when run twice, because two instances may start at once.
 */
@Component
public class TableMigrations {

	private static final Logger log = LoggerFactory.getLogger(TableMigrations.class);

	static final String MARKER_PK = "MIGRATION";

	private final DynamoDbStore store;

	TableMigrations(DynamoDbStore store) {
		this.store = store;
	}

	/**
	 * Sets attributes of an item if it still exists (it may have been deleted since the
	 * scan read it).
	 * @param attributes attribute names (letters, digits, underscores) and their values
	 * @return whether the item existed
	 */
	public boolean setIfPresent(Map<String, AttributeValue> key, Map<String, AttributeValue> attributes) {
		StringBuilder update = new StringBuilder("SET ");
		Map<String, AttributeValue> values = new HashMap<>();
		attributes.forEach((name, value) -> {
			update.append(values.isEmpty() ? "" : ", ").append('#').append(name).append(" = :").append(name);
			values.put(":" + name, value);
		});
		try {
			store.write(store.transaction()
				.update("migration", key, update.toString(), "attribute_exists(#" + Keys.PK + ")", values));
			return true;
		}
		catch (ConditionFailedException deleted) {
			return false;
		}
	}

	/**
	 * Runs {@code migrate} on every item that matches {@code filter}, unless the
	 * migration called {@code name} finished before.
	 * @param migrate changes one item; answers whether it did
	 * @return how many items were changed (0 when it had already run)
	 */
	public int runOnce(String name, String filter, Map<String, String> names, Map<String, AttributeValue> values,
			Predicate<Map<String, AttributeValue>> migrate) {
		Map<String, AttributeValue> marker = store.get(MARKER_PK, name);
		if (marker != null && !marker.isEmpty()) {
			return 0;
		}
		int changed = 0;
		Map<String, AttributeValue> start = null;
		do {
			Map<String, AttributeValue> from = start;
			ScanResponse page = store.client()
				.scan(scan -> scan.tableName(store.table())
					.filterExpression(filter)
					.expressionAttributeNames(names)
					.expressionAttributeValues(values)
					.exclusiveStartKey(from)
					.consistentRead(true));
			for (Map<String, AttributeValue> item : page.items()) {
				if (migrate.test(item)) {
					changed++;
				}
			}
			start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
		}
		while (start != null);
		store.write(store.transaction()
			.put(Map.of(Keys.PK, AttributeValue.fromS(MARKER_PK), Keys.SK, AttributeValue.fromS(name), "finished_at",
					AttributeValue.fromS(Instant.now().toString()), "updated",
					AttributeValue.fromN(Integer.toString(changed)))));
		log.info("Migration {}: {} items changed", name, changed);
		return changed;
	}

}
