package io.orderprocessor.user;

/**
 * A request to open an account, as typed (pages) or sent (API); {@link UserRules} checks
 * every field. Optional fields may be null or blank.
 */
public record Registration(String username, String email, String password, String firstName, String lastName,
		String phone, String dateOfBirth, Boolean marketingConsent) {

}
