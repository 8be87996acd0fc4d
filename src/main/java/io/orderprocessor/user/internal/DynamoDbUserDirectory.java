package io.orderprocessor.user.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

import org.springframework.stereotype.Repository;

import io.orderprocessor.platform.dynamodb.DynamoDbStore;
import io.orderprocessor.platform.dynamodb.Keys;
import io.orderprocessor.user.Profile;

import static io.orderprocessor.user.internal.Items.s;

/**
 * The user index is {@code GSI2PK = USERS}, {@code GSI2SK = <username>} on every profile
 * item (written with the profile, backfilled by {@link UserIndexBackfill}); listing,
 * searching and counting are {@code Query} calls on it, never a table {@code Scan}. The
 * index is eventually consistent: a brand-new account may take a moment to show.
 */
@Repository
class DynamoDbUserDirectory implements UserDirectory {

	static final String GUARD_PK = "ADMINS";

	static final String GUARD_SK = "GUARD";

	private final DynamoDbStore store;

	DynamoDbUserDirectory(DynamoDbStore store) {
		this.store = store;
	}

	@Override
	public Listing list(String search, String after, int limit) {
		Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", s(Items.USERS_INDEX)));
		Map<String, String> names = new HashMap<>(Map.of("#pk", Keys.GSI2PK));
		String filter = null;
		if (search != null && !search.isBlank()) {
			// usernames and emails are stored in lower case
			values.put(":q", s(search.trim().toLowerCase(Locale.ROOT)));
			names.put("#username", "username");
			names.put("#email", "email");
			filter = "contains(#username, :q) OR contains(#email, :q)";
		}
		List<Profile> users = new ArrayList<>();
		Map<String, AttributeValue> start = after == null ? null : startAfter(after);
		int wanted = limit + 1;
		do {
			QueryRequest.Builder request = query(names, values, filter)
				.limit(filter == null ? wanted - users.size() : Math.max(100, wanted - users.size()));
			if (start != null) {
				request.exclusiveStartKey(start);
			}
			QueryResponse response = store.client().query(request.build());
			for (Map<String, AttributeValue> item : response.items()) {
				if (users.size() < wanted) {
					users.add(Items.user(item).profile());
				}
			}
			start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
					? response.lastEvaluatedKey() : null;
		}
		while (users.size() < wanted && start != null);
		boolean hasMore = users.size() > limit;
		List<Profile> page = hasMore ? users.subList(0, limit) : users;
		return new Listing(List.copyOf(page), hasMore, hasMore ? page.get(page.size() - 1).username() : null,
				count(names, values, filter));
	}

	@Override
	public long count() {
		return count(Map.of("#pk", Keys.GSI2PK), Map.of(":pk", s(Items.USERS_INDEX)), null);
	}

	@Override
	public BigDecimal totalCash() {
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		List<String> usernames = new ArrayList<>();
		Map<String, AttributeValue> start = null;
		do {
			QueryRequest.Builder request = query(Map.of("#pk", Keys.GSI2PK, "#username", "username"),
					Map.of(":pk", s(Items.USERS_INDEX)), null)
				.projectionExpression("#username");
			if (start != null) {
				request.exclusiveStartKey(start);
			}
			QueryResponse response = store.client().query(request.build());
			response.items().forEach(item -> usernames.add(Items.str(item, "username")));
			start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
					? response.lastEvaluatedKey() : null;
		}
		while (start != null);
		for (int from = 0; from < usernames.size(); from += 100) {
			List<Map<String, AttributeValue>> keys = usernames.subList(from, Math.min(usernames.size(), from + 100))
				.stream()
				.map(name -> DynamoDbStore.key(Items.userPk(name), Items.CASH))
				.toList();
			Map<String, KeysAndAttributes> request = Map.of(store.table(),
					KeysAndAttributes.builder().keys(keys).projectionExpression("balance").build());
			while (!request.isEmpty()) {
				Map<String, KeysAndAttributes> asked = request;
				BatchGetItemResponse response = store.client().batchGetItem(b -> b.requestItems(asked));
				for (Map<String, AttributeValue> item : response.responses().getOrDefault(store.table(), List.of())) {
					total = total.add(Items.decimal(item, "balance"));
				}
				request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
			}
		}
		return total;
	}

	@Override
	public AdminGuard adminGuard() {
		long version = Items.version(orEmpty(store.get(GUARD_PK, GUARD_SK)));
		// the index may lag a moment behind: it names the candidates, and each one is
		// confirmed by a consistent read of its profile
		List<String> candidates = new ArrayList<>();
		Map<String, AttributeValue> start = null;
		do {
			QueryRequest.Builder request = query(Map.of("#pk", Keys.GSI2PK, "#role", "role"),
					Map.of(":pk", s(Items.USERS_INDEX), ":admin", s(Profile.ADMIN)), "#role = :admin");
			if (start != null) {
				request.exclusiveStartKey(start);
			}
			QueryResponse response = store.client().query(request.build());
			response.items().forEach(item -> candidates.add(Items.str(item, "username")));
			start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
					? response.lastEvaluatedKey() : null;
		}
		while (start != null);
		List<String> active = candidates.stream().filter(name -> {
			Map<String, AttributeValue> item = store.get(Items.userPk(name), Items.PROFILE);
			if (item == null || item.isEmpty()) {
				return false;
			}
			Profile p = Items.user(item).profile();
			return Profile.ADMIN.equals(p.role()) && !p.locked();
		}).toList();
		return new AdminGuard(version, active);
	}

	@Override
	public void changeAccess(StoredUser before, String role, boolean locked, Instant now, long guardVersion) {
		var tx = store.transaction()
			.updateVersioned("profile", DynamoDbStore.key(Items.userPk(before.username()), Items.PROFILE),
					"SET #role = :role, #status = :status, #updated_at = :now", before.version(),
					Map.of(":role", s(role), ":status", s(locked ? "locked" : "active"), ":now", s(now.toString())))
			.updateVersioned("admin-guard", DynamoDbStore.key(GUARD_PK, GUARD_SK), "SET #updated_at = :now",
					guardVersion, Map.of(":now", s(now.toString())));
		store.write(tx);
	}

	private QueryRequest.Builder query(Map<String, String> names, Map<String, AttributeValue> values, String filter) {
		QueryRequest.Builder request = QueryRequest.builder()
			.tableName(store.table())
			.indexName(Keys.GSI2)
			.keyConditionExpression("#pk = :pk")
			.expressionAttributeNames(names)
			.expressionAttributeValues(values);
		if (filter != null) {
			request.filterExpression(filter);
		}
		return request;
	}

	private long count(Map<String, String> names, Map<String, AttributeValue> values, String filter) {
		long total = 0;
		Map<String, AttributeValue> start = null;
		do {
			QueryRequest.Builder request = query(names, values, filter).select(Select.COUNT);
			if (start != null) {
				request.exclusiveStartKey(start);
			}
			QueryResponse response = store.client().query(request.build());
			total += response.count();
			start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
					? response.lastEvaluatedKey() : null;
		}
		while (start != null);
		return total;
	}

	private static Map<String, AttributeValue> startAfter(String username) {
		String name = username.trim().toLowerCase(Locale.ROOT);
		return Map.of(Keys.PK, s(Items.userPk(name)), Keys.SK, s(Items.PROFILE), Keys.GSI2PK, s(Items.USERS_INDEX),
				Keys.GSI2SK, s(name));
	}

	private static Map<String, AttributeValue> orEmpty(Map<String, AttributeValue> item) {
		return item == null ? Map.of() : item;
	}

}
