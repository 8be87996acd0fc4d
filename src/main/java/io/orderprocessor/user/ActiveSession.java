package io.orderprocessor.user;

import java.time.Instant;

/**
 * One of a user's signed-in browser sessions (the session id is never shown).
 *
 * @param current whether it is the session asking
 * @param device browser and system, from the user agent at sign-in
 * @param ipAddress the address it signed in from
 */
public record ActiveSession(boolean current, String device, String ipAddress, Instant signedInAt,
		Instant lastActiveAt) {

}
