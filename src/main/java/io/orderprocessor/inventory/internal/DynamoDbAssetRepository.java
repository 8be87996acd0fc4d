package io.orderprocessor.inventory.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import org.springframework.stereotype.Repository;

import io.orderprocessor.inventory.Asset;
import io.orderprocessor.platform.store.ConditionFailedException;
import io.orderprocessor.platform.dynamodb.DynamoDbStore;
import io.orderprocessor.platform.dynamodb.Keys;

/**
 * The catalogue in the single table: one partition {@code ASSET}, read with one
 * {@code Query}; new assets are written put-if-absent, so concurrent first starts of
 * several instances never duplicate or overwrite an asset.
 */
@Repository
class DynamoDbAssetRepository implements AssetRepository {

	/** Assets per transaction (DynamoDB allows 100 items in one). */
	private static final int CHUNK = 25;

	/**
	 * The catalogue's revision item: in the asset partition, outside the {@code ASSET#}
	 * prefix the catalogue query reads.
	 */
	static final String REVISION_SK = "REVISION";

	private final DynamoDbStore store;

	private final Clock clock;

	DynamoDbAssetRepository(DynamoDbStore store) {
		this.store = store;
		this.clock = Clock.systemUTC();
	}

	@Override
	public List<Asset> findAll() {
		List<Asset> assets = new ArrayList<>();
		Map<String, AttributeValue> start = null;
		do {
			Map<String, AttributeValue> from = start;
			QueryResponse page = store.client()
				.query(q -> q.tableName(store.table())
					.keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
					.expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
					.expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(AssetItem.PARTITION), ":prefix",
							AttributeValue.fromS(AssetItem.SORT_PREFIX)))
					.exclusiveStartKey(from)
					.consistentRead(true));
			page.items().forEach(item -> assets.add(AssetItem.fromItem(item)));
			start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
		}
		while (start != null);
		return assets;
	}

	@Override
	public int addMissing(Collection<Asset> assets) {
		List<Asset> all = List.copyOf(assets);
		int added = 0;
		for (int from = 0; from < all.size(); from += CHUNK) {
			List<Asset> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
			try {
				write(chunk);
				added += chunk.size();
			}
			catch (ConditionFailedException someExist) {
				// another instance got there first with some of them: one by one
				for (Asset asset : chunk) {
					try {
						write(List.of(asset));
						added++;
					}
					catch (ConditionFailedException exists) {
						// already there: leave it as it is
					}
				}
			}
		}
		return added;
	}

	@Override
	public java.util.Optional<Asset> update(String symbol, io.orderprocessor.inventory.AssetChanges changes) {
		Map<String, AttributeValue> values = new java.util.HashMap<>();
		List<String> sets = new ArrayList<>();
		if (changes.name() != null) {
			sets.add("#name = :name");
			values.put(":name", AttributeValue.fromS(changes.name()));
		}
		if (changes.category() != null) {
			sets.add("#category = :category");
			values.put(":category", AttributeValue.fromS(changes.category()));
		}
		if (changes.description() != null) {
			sets.add("#description = :description");
			values.put(":description", AttributeValue.fromS(changes.description()));
		}
		if (changes.active() != null) {
			sets.add("#active = :active");
			values.put(":active", AttributeValue.fromBool(changes.active()));
		}
		String now = clock.instant().toString();
		sets.add("#updated_at = :now");
		values.put(":now", AttributeValue.fromS(now));
		try {
			store.write(store.transaction()
				.update("asset", DynamoDbStore.key(AssetItem.PARTITION, AssetItem.SORT_PREFIX + symbol),
						"SET " + String.join(", ", sets) + " ADD #version :one", "attribute_exists(#PK)",
						withOne(values))
				.update(null, DynamoDbStore.key(AssetItem.PARTITION, REVISION_SK),
						"SET #updated_at = :now ADD #revision :one", null,
						withOne(Map.of(":now", AttributeValue.fromS(now)))));
		}
		catch (ConditionFailedException missing) {
			return java.util.Optional.empty();
		}
		Map<String, AttributeValue> item = store.get(AssetItem.PARTITION, AssetItem.SORT_PREFIX + symbol);
		return item == null || item.isEmpty() ? java.util.Optional.empty()
				: java.util.Optional.of(AssetItem.fromItem(item));
	}

	@Override
	public boolean add(Asset asset) {
		String now = clock.instant().toString();
		try {
			store.write(store.transaction()
				.putIfAbsent("asset", AssetItem.toItem(asset, clock.instant()))
				.update(null, DynamoDbStore.key(AssetItem.PARTITION, REVISION_SK),
						"SET #updated_at = :now ADD #revision :one", null,
						withOne(Map.of(":now", AttributeValue.fromS(now)))));
			return true;
		}
		catch (ConditionFailedException exists) {
			return false;
		}
	}

	@Override
	public long revision() {
		Map<String, AttributeValue> item = store.get(AssetItem.PARTITION, REVISION_SK);
		AttributeValue revision = item == null ? null : item.get("revision");
		return revision == null ? 0 : Long.parseLong(revision.n());
	}

	private static Map<String, AttributeValue> withOne(Map<String, AttributeValue> values) {
		Map<String, AttributeValue> all = new java.util.HashMap<>(values);
		all.put(":one", AttributeValue.fromN("1"));
		return all;
	}

	private void write(List<Asset> assets) {
		var transaction = store.transaction();
		assets.forEach(
				asset -> transaction.putIfAbsent("asset " + asset.symbol(), AssetItem.toItem(asset, clock.instant())));
		store.write(transaction);
	}

}
