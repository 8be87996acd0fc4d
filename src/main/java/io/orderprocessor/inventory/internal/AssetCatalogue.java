package io.orderprocessor.inventory.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.orderprocessor.inventory.Asset;

/**
 * The catalogue in memory. On start it writes the shipped assets that the store does not
 * hold yet (put-if-absent, so later starts and other instances add nothing twice), then
 * reads the whole partition with one range read. Pages and the API read only this copy:
 * listing the market makes no store call.
 */
@Component
public class AssetCatalogue implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(AssetCatalogue.class);

	private final AssetRepository repository;

	private final String location;

	private volatile Snapshot snapshot = new Snapshot(List.of(), Map.of());

	private volatile long loadedRevision = -1;

	@Autowired
	AssetCatalogue(AssetRepository repository) {
		this(repository, CatalogueFile.DEFAULT_LOCATION);
	}

	AssetCatalogue(AssetRepository repository, String location) {
		this.repository = repository;
		this.location = location;
	}

	@Override
	public void afterPropertiesSet() {
		load();
	}

	/**
	 * Adds the shipped assets that are missing, then reads the catalogue.
	 * @return how many assets were added
	 */
	public int load() {
		List<Asset> shipped = CatalogueFile.read(location);
		long revision = repository.revision();
		List<Asset> stored = repository.findAll();
		Set<String> present = stored.stream().map(Asset::symbol).collect(Collectors.toSet());
		List<Asset> missing = shipped.stream().filter(asset -> !present.contains(asset.symbol())).toList();
		int added = missing.isEmpty() ? 0 : repository.addMissing(missing);
		if (added > 0) {
			stored = repository.findAll();
		}
		snapshot = Snapshot.of(stored);
		loadedRevision = revision;
		log.info("Asset catalogue: {} assets ({} added from {})", stored.size(), added, location);
		return added;
	}

	/** Reads the catalogue again (after a change). */
	public void reload() {
		// the revision is read first: a change after it makes the next check read again
		long revision = repository.revision();
		snapshot = Snapshot.of(repository.findAll());
		loadedRevision = revision;
	}

	/**
	 * Reads the catalogue again when an admin changed it since it was read (on this or
	 * another instance): one read, and a range read only after a change.
	 * @return whether it was read again
	 */
	public boolean reloadIfChanged() {
		if (repository.revision() == loadedRevision) {
			return false;
		}
		reload();
		log.info("Asset catalogue changed: {} assets read again", snapshot.byRank().size());
		return true;
	}

	/** Every asset, by market-cap rank. */
	public List<Asset> all() {
		return snapshot.byRank();
	}

	public Optional<Asset> find(String symbol) {
		return Optional.ofNullable(snapshot.bySymbol().get(symbol));
	}

	private record Snapshot(List<Asset> byRank, Map<String, Asset> bySymbol) {

		static Snapshot of(List<Asset> assets) {
			List<Asset> ranked = assets.stream()
				.sorted(Comparator.comparingInt(Asset::marketCapRank).thenComparing(Asset::symbol))
				.toList();
			Map<String, Asset> bySymbol = new LinkedHashMap<>();
			ranked.forEach(asset -> bySymbol.put(asset.symbol(), asset));
			return new Snapshot(ranked, Map.copyOf(bySymbol));
		}

	}

}
