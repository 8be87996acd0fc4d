package io.orderprocessor.order;

import java.util.List;

/**
 * One page of orders, newest first, and the id to continue after; no total, because
 * counting every user's orders would read them all.
 */
public record OrderListing(List<Order> orders, boolean hasMore, String nextCursor) {

}
