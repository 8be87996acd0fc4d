package io.orderprocessor.inventory;

import java.util.List;

/**
 * One page of the market.
 *
 * @param items the assets of this page, in the asked order
 * @param matching how many assets match the query in all
 * @param totalCount how many assets the catalogue holds
 * @param activeCount how many of them can be traded
 */
public record MarketPage(List<MarketAsset> items, int matching, int totalCount, int activeCount) {

}
