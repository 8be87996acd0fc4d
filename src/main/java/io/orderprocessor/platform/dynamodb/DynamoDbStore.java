package io.orderprocessor.platform.dynamodb;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import io.orderprocessor.platform.store.ConcurrentUpdateException;
import io.orderprocessor.platform.store.ConditionFailedException;
import io.orderprocessor.platform.store.OptimisticConflictException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The one way modules write to the table: a {@link WriteTransaction} becomes one
 * {@code TransactWriteItems} call, failed conditions become a typed
 * {@link ConditionFailedException} naming what failed, and conflicts with concurrent
 * writes are retried a bounded number of times with jitter before they surface as a
 * {@link ConcurrentUpdateException} (HTTP 409, never 5xx).
 */
public class DynamoDbStore {

	private static final String CONDITION_FAILED = "ConditionalCheckFailed";

	private static final String TRANSACTION_CONFLICT = "TransactionConflict";

	private final DynamoDbClient client;

	private final String table;

	private final int maxAttempts;

	DynamoDbStore(DynamoDbClient client, String table, int maxAttempts) {
		this.client = client;
		this.table = table;
		this.maxAttempts = Math.max(1, maxAttempts);
	}

	public DynamoDbClient client() {
		return client;
	}

	public String table() {
		return table;
	}

	public WriteTransaction transaction() {
		return new WriteTransaction(table);
	}

	/** The item with this key, strongly consistent, or an empty map. */
	public Map<String, AttributeValue> get(String pk, String sk) {
		return client.getItem(b -> b.tableName(table).key(key(pk, sk)).consistentRead(true)).item();
	}

	public static Map<String, AttributeValue> key(String pk, String sk) {
		return Map.of(Keys.PK, AttributeValue.fromS(pk), Keys.SK, AttributeValue.fromS(sk));
	}

	/**
	 * Writes all items of the transaction atomically.
	 * @throws OptimisticConflictException when only versioned writes failed their check
	 * @throws ConditionFailedException when any other condition failed
	 * @throws ConcurrentUpdateException when concurrent transactions kept colliding
	 */
	public void write(WriteTransaction transaction) {
		if (transaction.size() == 0) {
			return;
		}
		for (int attempt = 1;; attempt++) {
			try {
				client.transactWriteItems(b -> b.transactItems(transaction.items()));
				return;
			}
			catch (TransactionCanceledException ex) {
				List<CancellationReason> reasons = ex.cancellationReasons();
				Set<String> failed = new HashSet<>();
				boolean onlyOptimistic = true;
				boolean conflict = false;
				for (int i = 0; i < reasons.size(); i++) {
					String code = reasons.get(i).code();
					if (CONDITION_FAILED.equals(code)) {
						String label = transaction.labelAt(i);
						failed.add(label == null ? "#" + i : label);
						onlyOptimistic &= transaction.isOptimisticAt(i);
					}
					else if (TRANSACTION_CONFLICT.equals(code)) {
						conflict = true;
					}
				}
				if (!failed.isEmpty()) {
					throw onlyOptimistic ? new OptimisticConflictException(failed)
							: new ConditionFailedException(failed);
				}
				if (!conflict || attempt >= maxAttempts) {
					throw conflict ? new ConcurrentUpdateException(attempt, ex) : ex;
				}
				backOff(attempt);
			}
		}
	}

	/**
	 * Runs {@code readAndWrite} (which reads what it needs and writes with versioned
	 * conditions) again whenever a concurrent write got in between, a bounded number of
	 * times.
	 */
	public <T> T retrying(Supplier<T> readAndWrite) {
		for (int attempt = 1;; attempt++) {
			try {
				return readAndWrite.get();
			}
			catch (OptimisticConflictException ex) {
				if (attempt >= maxAttempts) {
					throw new ConcurrentUpdateException(attempt, ex);
				}
				backOff(attempt);
			}
		}
	}

	/**
	 * Full jitter, capped low: under contention one writer wins each round, so rounds
	 * must be short.
	 */
	private static void backOff(int attempt) {
		long ceilingMillis = Math.min(50, 2L << Math.min(attempt, 5));
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(1, ceilingMillis + 1));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ConcurrentUpdateException(attempt, ex);
		}
	}

}
