package io.orderprocessor.notification;

import java.util.List;

/** One page of notifications, newest first. */
public record NotificationPage(List<Notification> notifications, boolean hasMore, String nextCursor) {

}
