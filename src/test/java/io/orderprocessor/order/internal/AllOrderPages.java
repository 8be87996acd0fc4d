package io.orderprocessor.order.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.orderprocessor.order.OrderListing;
import io.orderprocessor.order.OrderQuery;

/**
 * Every page of a listing of all users' orders, fetched cursor after cursor from a first
 * query.
 *
 * @param ids the orders' ids in the order the pages answered them
 * @param pages how many pages it took
 */
record AllOrderPages(List<String> ids, int pages) {

	static AllOrderPages fetch(OrderQuery first, Function<OrderQuery, OrderListing> page) {
		List<String> ids = new ArrayList<>();
		OrderQuery query = first;
		OrderListing listing;
		int pages = 0;
		do {
			listing = page.apply(query);
			listing.orders().forEach(order -> ids.add(order.id()));
			query = query.withCursor(listing.nextCursor());
			pages++;
		}
		while (listing.hasMore());
		return new AllOrderPages(ids, pages);
	}

}
