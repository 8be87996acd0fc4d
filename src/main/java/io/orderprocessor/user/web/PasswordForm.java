package io.orderprocessor.user.web;

/** Change password: never shown again after a failure. */
record PasswordForm(String currentPassword, String newPassword, String confirmPassword) {

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}

}
