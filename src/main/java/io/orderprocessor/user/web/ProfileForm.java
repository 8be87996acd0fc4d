package io.orderprocessor.user.web;

import java.util.Optional;

import io.orderprocessor.user.Profile;

/** Personal details as typed on the Profile page. */
record ProfileForm(String firstName, String lastName, String email, String phone, String dateOfBirth,
		String marketingConsent) {

	static ProfileForm of(Profile p) {
		return new ProfileForm(p.firstName(), p.lastName(), p.email(), p.phone() == null ? "" : p.phone(),
				p.dateOfBirth() == null ? "" : p.dateOfBirth().toString(), Boolean.toString(p.marketingConsent()));
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
