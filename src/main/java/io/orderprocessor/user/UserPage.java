package io.orderprocessor.user;

import java.util.List;

/**
 * One page of accounts by username.
 *
 * @param nextAfter the username to continue after, or null on the last page
 * @param totalCount how many accounts match in all
 */
public record UserPage(List<Profile> users, boolean hasMore, String nextAfter, long totalCount) {
}
