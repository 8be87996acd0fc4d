package io.orderprocessor.inventory.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Repository;

import io.orderprocessor.inventory.Asset;
import io.orderprocessor.inventory.AssetChanges;
import io.orderprocessor.platform.store.AtomicWrite;
import io.orderprocessor.platform.store.Attributes;
import io.orderprocessor.platform.store.Changes;
import io.orderprocessor.platform.store.Condition;
import io.orderprocessor.platform.store.ConditionFailedException;
import io.orderprocessor.platform.store.Key;
import io.orderprocessor.platform.store.Query;
import io.orderprocessor.platform.store.Store;

/**
 * The catalogue in the store: one partition {@code ASSET}, read with one range read; new
 * assets are written put-if-absent, so concurrent first starts of several instances never
 * duplicate or overwrite an asset.
 */
@Repository
class StoreAssetRepository implements AssetRepository {

	/** Assets per atomic write (DynamoDB allows 100 items in one). */
	private static final int CHUNK = 25;

	/**
	 * The catalogue's revision item: in the asset partition, outside the {@code ASSET#}
	 * prefix the catalogue query reads.
	 */
	static final Key REVISION = Key.of(AssetItem.PARTITION, "REVISION");

	private final Store store;

	private final Clock clock;

	StoreAssetRepository(Store store) {
		this.store = store;
		this.clock = Clock.systemUTC();
	}

	@Override
	public List<Asset> findAll() {
		return store.queryAll(Query.table(AssetItem.PARTITION).beginsWith(AssetItem.SORT_PREFIX))
			.stream()
			.map(AssetItem::fromItem)
			.toList();
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
	public Optional<Asset> update(String symbol, AssetChanges changes) {
		Instant now = clock.instant();
		Changes asset = Changes.none();
		if (changes.name() != null) {
			asset.and("name", changes.name());
		}
		if (changes.category() != null) {
			asset.and("category", changes.category());
		}
		if (changes.description() != null) {
			asset.and("description", changes.description());
		}
		if (changes.active() != null) {
			asset.and("active", changes.active());
		}
		asset.and("updated_at", now).andAdd(Attributes.VERSION, BigDecimal.ONE);
		try {
			store.write(AtomicWrite.create()
				.update("asset", AssetItem.key(symbol), asset, Condition.exists())
				.update("revision", REVISION, revisionBump(now), null));
		}
		catch (ConditionFailedException missing) {
			return Optional.empty();
		}
		return store.get(AssetItem.key(symbol)).map(AssetItem::fromItem);
	}

	@Override
	public boolean add(Asset asset) {
		Instant now = clock.instant();
		try {
			store.write(AtomicWrite.create()
				.putIfAbsent("asset", AssetItem.toItem(asset, now))
				.update("revision", REVISION, revisionBump(now), null));
			return true;
		}
		catch (ConditionFailedException exists) {
			return false;
		}
	}

	@Override
	public long revision() {
		return store.get(REVISION).map(item -> item.longValue("revision", 0)).orElse(0L);
	}

	private static Changes revisionBump(Instant now) {
		return Changes.set("updated_at", now).andAdd("revision", BigDecimal.ONE);
	}

	private void write(List<Asset> assets) {
		AtomicWrite write = AtomicWrite.create();
		Instant now = clock.instant();
		assets.forEach(asset -> write.putIfAbsent("asset " + asset.symbol(), AssetItem.toItem(asset, now)));
		store.write(write);
	}

}
