package io.orderprocessor.user.web;

import java.util.Optional;

/** The Create account form as typed; the rules are checked by the user service. */
record RegistrationForm(String firstName, String lastName, String username, String email, String phone,
		String dateOfBirth, String password, String confirmPassword, String marketingConsent) {

	static RegistrationForm empty() {
		return new RegistrationForm("", "", "", "", "", "", "", "", "false");
	}

	/** The same form without its passwords, to show again after an error. */
	RegistrationForm withoutPasswords() {
		return new RegistrationForm(firstName, lastName, username, email, phone, dateOfBirth, "", "", marketingConsent);
	}

	/** The checkbox as sent: empty when it is no yes or no at all. */
	Optional<Boolean> consent() {
		return Forms.consent(marketingConsent);
	}

	/** Whether the box shows ticked. */
	public boolean consented() {
		return consent().orElse(false);
	}

}
