package io.orderprocessor.user.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.f4b6a3.ulid.Ulid;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

import org.springframework.stereotype.Repository;

import io.orderprocessor.platform.dynamodb.DynamoDbStore;
import io.orderprocessor.platform.dynamodb.Keys;
import io.orderprocessor.platform.dynamodb.WriteTransaction;
import io.orderprocessor.user.LedgerEntry;
import io.orderprocessor.user.LedgerPage;
import io.orderprocessor.user.LedgerQuery;

import static io.orderprocessor.user.internal.Items.n;
import static io.orderprocessor.user.internal.Items.s;

@Repository
class DynamoDbCashRepository implements CashRepository {

	/** Daily counters are kept a few days for support questions, then expire. */
	private static final long DAY_ITEM_TTL_SECONDS = 7 * 24 * 3600;

	private final DynamoDbStore store;

	DynamoDbCashRepository(DynamoDbStore store) {
		this.store = store;
	}

	@Override
	public CashState cash(String username) {
		Map<String, AttributeValue> item = store.get(Items.userPk(username), Items.CASH);
		if (item == null || item.isEmpty()) {
			return new CashState(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), 0, null);
		}
		String updated = Items.str(item, "updated_at");
		return new CashState(Items.decimal(item, "balance"), Items.decimal(item, "held"), Items.version(item),
				updated == null ? null : Instant.parse(updated));
	}

	@Override
	public DayTotals day(String username, LocalDate day) {
		Map<String, AttributeValue> item = store.get(Items.userPk(username), Items.daySk(day));
		return new DayTotals(Items.decimal(item == null ? Map.of() : item, "deposited"),
				Items.decimal(item == null ? Map.of() : item, "withdrawn"));
	}

	@Override
	public void apply(CashMovement m) {
		String pk = Items.userPk(m.username());
		LedgerEntry entry = m.entry();
		var tx = store.transaction()
			.updateVersioned("cash", DynamoDbStore.key(pk, Items.CASH),
					"SET #balance = :balance, #held = if_not_exists(#held, :zero), #updated_at = :now",
					m.expectedVersion(), Map.of(":balance", n(m.newBalance()), ":zero", n(BigDecimal.ZERO.setScale(2)),
							":now", s(entry.createdAt().toString())));
		if (m.dayCounter() != null) {
			BigDecimal amount = entry.amount().abs();
			// works whether or not today's item exists yet: a missing counter counts as
			// 0,
			// and the caller refused any single amount above the limit beforehand
			String counter = "#" + m.dayCounter();
			tx.update(DAILY_LIMIT, DynamoDbStore.key(pk, Items.daySk(m.day())),
					"SET " + counter + " = if_not_exists(" + counter + ", :zero) + :amount, #" + Keys.TTL + " = :ttl",
					"attribute_not_exists(" + counter + ") OR " + counter + " <= :maxBefore",
					Map.of(":zero", n(BigDecimal.ZERO), ":amount", n(amount), ":maxBefore",
							n(m.dayLimit().subtract(amount)), ":ttl",
							n(m.day().plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC)
									+ DAY_ITEM_TTL_SECONDS)));
		}
		tx.putIfAbsent("ledger", Items.ledger(m.username(), entry));
		store.write(tx);
	}

	@Override
	public void appendMovement(WriteTransaction tx, String username, long expectedVersion, BigDecimal newBalance,
			BigDecimal newHeld, LedgerEntry entry, Instant now) {
		tx.updateVersioned("cash", DynamoDbStore.key(Items.userPk(username), Items.CASH),
				"SET #balance = :balance, #held = :held, #updated_at = :now", expectedVersion,
				Map.of(":balance", n(newBalance), ":held", n(newHeld), ":now", s(now.toString())));
		if (entry != null) {
			tx.putIfAbsent("ledger", Items.ledger(username, entry));
		}
	}

	@Override
	public List<LedgerEntry> recent(String username, int limit) {
		QueryResponse response = store.client()
			.query(QueryRequest.builder()
				.tableName(store.table())
				.keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
				.expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
				.expressionAttributeValues(Map.of(":pk", s(Items.userPk(username)), ":prefix", s(Items.LEDGER_PREFIX)))
				.scanIndexForward(false)
				.consistentRead(true)
				.limit(limit)
				.build());
		return response.items().stream().map(Items::ledgerEntry).toList();
	}

	@Override
	public LedgerPage ledger(String username, LedgerQuery query) {
		Map<String, AttributeValue> values = new HashMap<>();
		values.put(":pk", s(Items.userPk(username)));
		values.put(":lo", s(Items.LEDGER_PREFIX + (query.from() == null ? ""
				: Ulid.min(query.from().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli()).toString())));
		values.put(":hi", s(Items.LEDGER_PREFIX + (query.to() == null ? "~"
				: Ulid.max(query.to().atTime(LocalTime.MAX).toInstant(ZoneOffset.UTC).toEpochMilli()).toString())));
		String filter = null;
		if (query.type() != null) {
			filter = "#type = :type";
			values.put(":type", s(query.type().name()));
		}
		Map<String, String> names = new HashMap<>(Map.of("#pk", Keys.PK, "#sk", Keys.SK));
		if (filter != null) {
			names.put("#type", "type");
		}
		String keyCondition = "#pk = :pk AND #sk BETWEEN :lo AND :hi";

		List<LedgerEntry> entries = new ArrayList<>();
		Map<String, AttributeValue> start = query.cursor() == null ? null
				: DynamoDbStore.key(Items.userPk(username), Items.LEDGER_PREFIX + query.cursor());
		int wanted = query.limit() + 1;
		do {
			QueryRequest.Builder request = QueryRequest.builder()
				.tableName(store.table())
				.keyConditionExpression(keyCondition)
				.expressionAttributeNames(names)
				.expressionAttributeValues(values)
				.scanIndexForward(false)
				.consistentRead(true)
				.limit(filter == null ? wanted - entries.size() : Math.max(100, wanted - entries.size()));
			if (filter != null) {
				request.filterExpression(filter);
			}
			if (start != null) {
				request.exclusiveStartKey(start);
			}
			QueryResponse response = store.client().query(request.build());
			for (Map<String, AttributeValue> item : response.items()) {
				if (entries.size() < wanted) {
					entries.add(Items.ledgerEntry(item));
				}
			}
			start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
					? response.lastEvaluatedKey() : null;
		}
		while (entries.size() < wanted && start != null);

		boolean hasMore = entries.size() > query.limit();
		List<LedgerEntry> page = hasMore ? entries.subList(0, query.limit()) : entries;
		String next = hasMore ? page.get(page.size() - 1).id() : null;
		return new LedgerPage(List.copyOf(page), count(keyCondition, filter, names, values), hasMore, next);
	}

	private long count(String keyCondition, String filter, Map<String, String> names,
			Map<String, AttributeValue> values) {
		long total = 0;
		Map<String, AttributeValue> start = null;
		do {
			QueryRequest.Builder request = QueryRequest.builder()
				.tableName(store.table())
				.keyConditionExpression(keyCondition)
				.expressionAttributeNames(names)
				.expressionAttributeValues(values)
				.select(Select.COUNT)
				.consistentRead(true);
			if (filter != null) {
				request.filterExpression(filter);
			}
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

}
