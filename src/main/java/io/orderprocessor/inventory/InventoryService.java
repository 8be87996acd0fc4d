package io.orderprocessor.inventory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import io.orderprocessor.inventory.internal.AssetCatalogue;

/**
 * The catalogue with its market data, for pages, the API and other modules. Everything
 * here is answered from memory: the catalogue is read from the store once at start (and
 * again when it changes), prices come from the {@link PriceSource}.
 */
@Service
public class InventoryService {

	private final AssetCatalogue catalogue;

	private final PriceSource prices;

	InventoryService(AssetCatalogue catalogue, PriceSource prices) {
		this.catalogue = catalogue;
		this.prices = prices;
	}

	/** Every asset, by market-cap rank. */
	public List<Asset> assets() {
		return catalogue.all();
	}

	/** The asset with this symbol, in any case and with blanks around it. */
	public Optional<Asset> find(String symbol) {
		return Symbols.normalise(symbol).flatMap(catalogue::find);
	}

	/**
	 * The asset a user typed into a picker: its symbol or its name in any case, or the
	 * picker's own "Name · SYMBOL" option text. Empty when nothing matches, so the page
	 * can say so instead of showing another asset.
	 */
	public Optional<Asset> lookup(String typed) {
		if (typed == null || typed.isBlank()) {
			return Optional.empty();
		}
		String text = typed.strip().replaceAll("\\s+", " ");
		int dot = text.lastIndexOf('·');
		if (dot >= 0) {
			text = text.substring(dot + 1).strip();
		}
		Optional<Asset> bySymbol = find(text);
		if (bySymbol.isPresent()) {
			return bySymbol;
		}
		String name = text;
		return catalogue.all().stream().filter(asset -> asset.name().equalsIgnoreCase(name)).findFirst();
	}

	/**
	 * The asset with its current figures.
	 * @throws AssetNotFoundException for unknown and malformed symbols
	 */
	public MarketAsset get(String symbol) {
		return find(symbol).map(this::withQuote)
			.orElseThrow(() -> new AssetNotFoundException(symbol == null ? "" : symbol.trim()));
	}

	public Quote quote(Asset asset) {
		return prices.quote(asset);
	}

	public List<PricePoint> history(Asset asset, HistoryRange range) {
		return prices.history(asset, range);
	}

	/** The range's candles (open, high, low, close, volume), from memory. */
	public List<Candle> candles(Asset asset, HistoryRange range) {
		return prices.candles(asset, range);
	}

	/** One page of the assets that match the query, in the asked order. */
	public MarketPage search(MarketQuery query) {
		List<Asset> all = catalogue.all();
		List<MarketAsset> matching = all.stream()
			.filter(asset -> !query.activeOnly() || asset.active())
			.filter(asset -> query.category().isEmpty() || asset.category().equalsIgnoreCase(query.category()))
			.filter(asset -> query.text().isEmpty() || asset.matches(query.text()))
			.map(this::withQuote)
			.sorted(query.sort().comparator(query.descending()))
			.toList();
		List<MarketAsset> page = matching.stream().skip(query.offset()).limit(query.limit()).toList();
		return new MarketPage(page, matching.size(), all.size(), activeCount());
	}

	/** The largest active assets by market cap. */
	public List<MarketAsset> featured(int count) {
		return catalogue.all().stream().filter(Asset::active).limit(count).map(this::withQuote).toList();
	}

	/** The categories in use, alphabetically. */
	public List<String> categories() {
		return catalogue.all().stream().map(Asset::category).distinct().sorted(Comparator.naturalOrder()).toList();
	}

	public int totalCount() {
		return catalogue.all().size();
	}

	public int activeCount() {
		return (int) catalogue.all().stream().filter(Asset::active).count();
	}

	public MarketStatus status() {
		return prices.status();
	}

	/** Reads the catalogue again, after it changed in the store. */
	public void reloadCatalogue() {
		catalogue.reload();
	}

	private MarketAsset withQuote(Asset asset) {
		return new MarketAsset(asset, prices.quote(asset));
	}

}
