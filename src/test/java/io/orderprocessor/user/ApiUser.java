package io.orderprocessor.user;

/**
 * An account a test registered through the API and signed in: its username and bearer
 * token.
 *
 * @param username the new account's name
 * @param token its bearer token for {@code /api/v1}
 */
public record ApiUser(String username, String token) {

}
