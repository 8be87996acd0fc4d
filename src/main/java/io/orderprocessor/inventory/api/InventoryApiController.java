package io.orderprocessor.inventory.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.orderprocessor.inventory.HistoryRange;
import io.orderprocessor.inventory.InventoryService;
import io.orderprocessor.inventory.MarketAsset;
import io.orderprocessor.inventory.MarketPage;
import io.orderprocessor.inventory.MarketQuery;
import io.orderprocessor.inventory.MarketSort;
import io.orderprocessor.inventory.Symbols;
import io.orderprocessor.platform.web.ApiValidationError;
import io.orderprocessor.platform.web.ApiValidationError.Violation;

/**
 * Market data for programs, as the original served it: {@code /api/v1/inventory/assets},
 * one asset, and its price history. Public. Out-of-range parameters answer 422 listing
 * each one; unknown parameters are ignored.
 */
@RestController
@RequestMapping("/api/v1/inventory/assets")
class InventoryApiController {

	static final int MAX_LIMIT = 250;

	static final int DEFAULT_LIMIT = 50;

	/** The API's names for the sort keys, besides the pages' own codes. */
	private static final Map<String, MarketSort> SORT_ALIASES = Map.of("market_cap_rank", MarketSort.RANK, "price_usd",
			MarketSort.PRICE, "price_change_percentage_24h", MarketSort.CHANGE, "market_cap", MarketSort.MARKET_CAP,
			"total_volume_24h", MarketSort.VOLUME);

	private final InventoryService inventory;

	InventoryApiController(InventoryService inventory) {
		this.inventory = inventory;
	}

	@GetMapping
	AssetList list(@RequestParam(name = "active_only", required = false) String activeOnly,
			@RequestParam(required = false) String limit, @RequestParam(required = false) String offset,
			@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) String sort) {
		Violations violations = new Violations();
		boolean active = violations.bool("active_only", activeOnly, false);
		int size = violations.integer("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
		int from = violations.integer("offset", offset, 0, 0, Integer.MAX_VALUE);
		if (q != null && q.length() > 100) {
			violations.add("q", "Search text must be at most 100 characters", "value_error.any_str.max_length");
		}
		String sortKey = sort == null ? "" : sort.strip().toLowerCase(Locale.ROOT);
		boolean descending = sortKey.startsWith("-");
		String column = descending ? sortKey.substring(1) : sortKey;
		MarketSort by = column.isEmpty() ? MarketSort.RANK
				: SORT_ALIASES.getOrDefault(column, MarketSort.parse(column).orElse(null));
		if (by == null) {
			violations.add("sort", "Unknown sort key; use market_cap_rank, name, symbol, price_usd, "
					+ "price_change_percentage_24h, market_cap, total_volume_24h or category, '-' first for descending",
					"value_error");
		}
		violations.throwIfAny();
		MarketPage page = inventory.search(new MarketQuery(q, category, active, by, descending, from, size));
		return new AssetList(page.items().stream().map(AssetSummary::of).toList(), page.totalCount(),
				page.activeCount());
	}

	@GetMapping("/{assetId}")
	Data<AssetDetail> asset(@PathVariable String assetId) {
		return new Data<>(AssetDetail.of(inventory.get(validSymbol(assetId))));
	}

	@GetMapping("/{assetId}/history")
	Data<List<HistoryPoint>> history(@PathVariable String assetId, @RequestParam(required = false) String range) {
		Violations violations = new Violations();
		String symbol = Symbols.normalise(assetId).orElse(null);
		if (symbol == null) {
			violations.addPath();
		}
		// api.md offers 1d, 7d and 30d; the pages' 1y stays a page range
		HistoryRange chosen = range == null ? HistoryRange.D7
				: HistoryRange.parse(range).filter(r -> r != HistoryRange.Y1).orElse(null);
		if (chosen == null) {
			violations.add("range", "Range must be 1d, 7d or 30d", "value_error");
		}
		violations.throwIfAny();
		MarketAsset item = inventory.get(symbol);
		return new Data<>(inventory.history(item.asset(), chosen)
			.stream()
			.map(point -> new HistoryPoint(AssetDetail.timestamp(point.time()), point.price()))
			.toList());
	}

	@ExceptionHandler(InvalidParameters.class)
	ResponseEntity<ApiValidationError> invalid(InvalidParameters ex) {
		return ResponseEntity.unprocessableContent().body(new ApiValidationError(ex.violations));
	}

	private static String validSymbol(String assetId) {
		Violations violations = new Violations();
		String symbol = Symbols.normalise(assetId).orElse(null);
		if (symbol == null) {
			violations.addPath();
		}
		violations.throwIfAny();
		return symbol;
	}

	record AssetList(List<AssetSummary> data, int totalCount, int activeCount) {
	}

	record Data<T>(T data) {
	}

	record HistoryPoint(String t, BigDecimal price) {
	}

	/** Collects what is wrong with a request's parameters. */
	private static final class Violations {

		private final List<Violation> list = new ArrayList<>();

		void add(String parameter, String message, String type) {
			list.add(new Violation(List.of("query", parameter), message, type));
		}

		void addPath() {
			list.add(new Violation(List.of("path", "asset_id"), "Asset id must be 1-10 letters or digits",
					"value_error"));
		}

		int integer(String name, String value, int fallback, int min, int max) {
			if (value == null || value.isBlank()) {
				return fallback;
			}
			try {
				int number = Integer.parseInt(value.strip());
				if (number < min || number > max) {
					add(name,
							max == Integer.MAX_VALUE ? name + " must be at least " + min
									: name + " must be between " + min + " and " + max,
							"value_error.number.not_in_range");
				}
				return number;
			}
			catch (NumberFormatException ex) {
				add(name, name + " must be an integer", "type_error.integer");
				return fallback;
			}
		}

		boolean bool(String name, String value, boolean fallback) {
			if (value == null || value.isBlank()) {
				return fallback;
			}
			return switch (value.strip().toLowerCase(Locale.ROOT)) {
				case "true", "1", "yes" -> true;
				case "false", "0", "no" -> false;
				default -> {
					add(name, name + " must be true or false", "type_error.bool");
					yield fallback;
				}
			};
		}

		void throwIfAny() {
			if (!list.isEmpty()) {
				throw new InvalidParameters(list);
			}
		}

	}

	static final class InvalidParameters extends RuntimeException {

		private final transient List<Violation> violations;

		InvalidParameters(List<Violation> violations) {
			super("invalid parameters", null, false, false);
			this.violations = List.copyOf(violations);
		}

	}

}
