package io.orderprocessor.inventory;

/**
 * Which slice of the market to show.
 *
 * @param text part of a name or symbol, or blank for all
 * @param category one category, or blank for all
 * @param activeOnly leave out assets that cannot be traded
 */
public record MarketQuery(String text, String category, boolean activeOnly, MarketSort sort, boolean descending,
		int offset, int limit) {

	public MarketQuery {
		text = text == null ? "" : text.strip();
		category = category == null ? "" : category.strip();
		sort = sort == null ? MarketSort.RANK : sort;
		offset = Math.max(0, offset);
		limit = Math.max(1, limit);
	}

}
