package io.orderprocessor.admin.web;

import jakarta.validation.constraints.Size;

/** The confirmation of a lock, unlock or role change, with an optional reason. */
record AccessForm(@Size(max = 200, message = "{admin.form.reason.tooLong}") String reason) {

	static AccessForm empty() {
		return new AccessForm("");
	}

}
