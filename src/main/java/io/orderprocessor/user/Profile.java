package io.orderprocessor.user;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a user's account says about them (never the password hash).
 *
 * @param username lower-case, unique, never changes
 * @param email lower-case, unique
 * @param phone as the user typed it (whitespace normalised; 10-15 digits), or null
 * @param dateOfBirth or null
 * @param role {@code CUSTOMER} or {@code ADMIN}
 * @param locked whether an admin locked the account
 */
public record Profile(String username, String email, String firstName, String lastName, String phone,
		LocalDate dateOfBirth, boolean marketingConsent, String role, boolean locked, Instant createdAt,
		Instant updatedAt) {

	public static final String CUSTOMER = "CUSTOMER";

	public static final String ADMIN = "ADMIN";

}
