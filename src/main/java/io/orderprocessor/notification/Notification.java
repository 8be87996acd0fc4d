package io.orderprocessor.notification;

import java.time.Instant;

/**
 * One notification of one user.
 *
 * @param kind e.g. {@code order_filled}, {@code deposit}, {@code security}
 * @param link where it leads, or null
 */
public record Notification(String id, String kind, String text, String link, boolean read, Instant createdAt) {

}
