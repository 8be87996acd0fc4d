package io.orderprocessor.user;

/**
 * Changes to a profile: a null field stays as it is; a blank phone or date of birth
 * clears it.
 */
public record ProfileChanges(String firstName, String lastName, String email, String phone, String dateOfBirth,
		Boolean marketingConsent) {

}
