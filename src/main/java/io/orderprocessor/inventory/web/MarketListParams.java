package io.orderprocessor.inventory.web;

import java.util.List;
import java.util.Locale;

import org.springframework.web.util.UriComponentsBuilder;

import io.orderprocessor.inventory.MarketQuery;
import io.orderprocessor.inventory.MarketSort;

/**
 * The market list's state as it lives in the URL: {@code q}, {@code category},
 * {@code sort}, {@code dir}, {@code size} and {@code page}. Taken as plain text and
 * cleaned here, so a bad value falls back to its default instead of failing the page.
 */
record MarketListParams(String q, String category, String sort, String dir, String size, String page) {

	static final List<Integer> PAGE_SIZES = List.of(10, 25, 50, 100);

	static final int DEFAULT_SIZE = 25;

	static final int MAX_QUERY_LENGTH = 100;

	/** The cleaned-up state. */
	View view() {
		String text = q == null ? "" : q.strip();
		if (text.length() > MAX_QUERY_LENGTH) {
			text = text.substring(0, MAX_QUERY_LENGTH);
		}
		String cat = category == null ? "" : category.strip().toLowerCase(Locale.ROOT);
		MarketSort by = MarketSort.parse(sort).orElse(MarketSort.RANK);
		boolean descending = dir == null ? defaultDescending(by) : "desc".equalsIgnoreCase(dir.strip());
		int pageSize = PAGE_SIZES.contains(number(size, DEFAULT_SIZE)) ? number(size, DEFAULT_SIZE) : DEFAULT_SIZE;
		return new View(text, cat, by, descending, pageSize, Math.max(1, number(page, 1)));
	}

	/** Figures read best largest first; names and rank from the top. */
	static boolean defaultDescending(MarketSort sort) {
		return switch (sort) {
			case PRICE, CHANGE, MARKET_CAP, VOLUME -> true;
			default -> false;
		};
	}

	private static int number(String value, int fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

	/** A valid state of the list and the URLs that lead from it to others. */
	record View(String q, String category, MarketSort sort, boolean descending, int size, int page) {

		MarketQuery query(int page) {
			return new MarketQuery(q, category, false, sort, descending, (page - 1) * size, size);
		}

		View onPage(int number) {
			return new View(q, category, sort, descending, size, number);
		}

		/** The URL of this state, leaving out what is at its default. */
		public String url() {
			UriComponentsBuilder url = UriComponentsBuilder.fromPath("/market");
			if (!q.isEmpty()) {
				url.queryParam("q", q);
			}
			if (!category.isEmpty()) {
				url.queryParam("category", category);
			}
			if (sort != MarketSort.RANK || descending) {
				url.queryParam("sort", sort.code()).queryParam("dir", descending ? "desc" : "asc");
			}
			if (size != DEFAULT_SIZE) {
				url.queryParam("size", size);
			}
			if (page > 1) {
				url.queryParam("page", page);
			}
			return url.encode().build().toUriString();
		}

		public String pageUrl(int number) {
			return onPage(number).url();
		}

		/** Sorting by a column: the other direction if it is the current one. */
		public String sortUrl(String column) {
			MarketSort by = MarketSort.parse(column).orElse(MarketSort.RANK);
			boolean desc = by == sort ? !descending : defaultDescending(by);
			return new View(q, category, by, desc, size, 1).url();
		}

		/**
		 * {@code ascending}, {@code descending} or {@code none}, for {@code aria-sort}.
		 */
		public String ariaSort(String column) {
			return sort.code().equals(column) ? (descending ? "descending" : "ascending") : "none";
		}

	}

}
