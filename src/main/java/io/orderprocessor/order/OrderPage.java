package io.orderprocessor.order;

import java.util.List;

/** One page of orders, newest first, with the true total and a cursor to the next. */
public record OrderPage(List<Order> orders, long totalCount, boolean hasMore, String nextCursor) {

}
