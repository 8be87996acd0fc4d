package io.orderprocessor.order;

import java.util.List;

/** One page of asset transactions, newest first. */
public record AssetTransactionPage(List<AssetTransaction> transactions, long totalCount, boolean hasMore,
		String nextCursor) {

}
