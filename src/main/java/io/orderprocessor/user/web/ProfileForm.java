package io.orderprocessor.user.web;

import io.orderprocessor.user.Profile;

/** Personal details as typed on the Profile page. */
record ProfileForm(String firstName, String lastName, String email, String phone, String dateOfBirth,
		Boolean marketingConsent) {

	static ProfileForm of(Profile p) {
		return new ProfileForm(p.firstName(), p.lastName(), p.email(), p.phone() == null ? "" : p.phone(),
				p.dateOfBirth() == null ? "" : p.dateOfBirth().toString(), p.marketingConsent());
	}

}
