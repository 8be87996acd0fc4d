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
import io.orderprocessor.platform.dynamodb.ConditionFailedException;
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

	private void write(List<Asset> assets) {
		var transaction = store.transaction();
		assets.forEach(
				asset -> transaction.putIfAbsent("asset " + asset.symbol(), AssetItem.toItem(asset, clock.instant())));
		store.write(transaction);
	}

}
