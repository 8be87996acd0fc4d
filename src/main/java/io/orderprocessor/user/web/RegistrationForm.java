package io.orderprocessor.user.web;

/** The Create account form as typed; the rules are checked by the user service. */
record RegistrationForm(String firstName, String lastName, String username, String email, String phone,
		String dateOfBirth, String password, String confirmPassword, Boolean marketingConsent) {

	static RegistrationForm empty() {
		return new RegistrationForm("", "", "", "", "", "", "", "", false);
	}

	/** The same form without its passwords, to show again after an error. */
	RegistrationForm withoutPasswords() {
		return new RegistrationForm(firstName, lastName, username, email, phone, dateOfBirth, "", "", marketingConsent);
	}

}
