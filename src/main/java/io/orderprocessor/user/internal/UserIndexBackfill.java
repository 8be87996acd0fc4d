package io.orderprocessor.user.internal;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import io.orderprocessor.platform.dynamodb.ConditionFailedException;
import io.orderprocessor.platform.dynamodb.DynamoDbStore;
import io.orderprocessor.platform.dynamodb.Keys;

import static io.orderprocessor.user.internal.Items.s;

/**
 * A one-off migration: profiles written before the user index existed get their
 * {@code GSI2PK = USERS} entry. It runs once per table (a marker item records that it
 * finished), so the table {@code Scan} it needs happens once, never for a page view.
 * Running it twice, or on two instances at once, does no harm: each write only sets the
 * index keys of a profile that still exists.
 */
@Component
class UserIndexBackfill implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(UserIndexBackfill.class);

	static final String MARKER_PK = "MIGRATION";

	static final String MARKER_SK = "user-index-v1";

	private final DynamoDbStore store;

	UserIndexBackfill(DynamoDbStore store) {
		this.store = store;
	}

	@Override
	public void run(ApplicationArguments args) {
		Map<String, AttributeValue> marker = store.get(MARKER_PK, MARKER_SK);
		if (marker != null && !marker.isEmpty()) {
			return;
		}
		int updated = 0;
		Map<String, AttributeValue> start = null;
		do {
			Map<String, AttributeValue> from = start;
			ScanResponse page = store.client()
				.scan(scan -> scan.tableName(store.table())
					.filterExpression("#sk = :profile AND attribute_not_exists(#gsi2pk)")
					.expressionAttributeNames(Map.of("#sk", Keys.SK, "#gsi2pk", Keys.GSI2PK))
					.expressionAttributeValues(Map.of(":profile", s(Items.PROFILE)))
					.exclusiveStartKey(from)
					.consistentRead(true));
			for (Map<String, AttributeValue> item : page.items()) {
				String username = Items.str(item, "username");
				if (username == null) {
					continue;
				}
				try {
					store.write(store.transaction()
						.update("profile", DynamoDbStore.key(Items.userPk(username), Items.PROFILE),
								"SET #GSI2PK = :index, #GSI2SK = :username", "attribute_exists(#PK)",
								Map.of(":index", s(Items.USERS_INDEX), ":username", s(username))));
				}
				catch (ConditionFailedException deleted) {
					continue;
				}
				updated++;
			}
			start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
		}
		while (start != null);
		store.write(store.transaction()
			.put(Map.of(Keys.PK, s(MARKER_PK), Keys.SK, s(MARKER_SK), "finished_at",
					s(java.time.Instant.now().toString()), "updated",
					AttributeValue.fromN(Integer.toString(updated)))));
		log.info("User index backfill: {} existing profiles added to the user index", updated);
	}

}
