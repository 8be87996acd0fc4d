package io.orderprocessor.admin.web;

import jakarta.validation.constraints.Size;

/**
 * A cash adjustment as typed: a signed amount and the reason. The service checks both (so
 * a page shows every error at once); the size limit here only stops huge input.
 */
record AdjustmentForm(@Size(max = 40, message = "{admin.form.amount.tooLong}") String amount,
		@Size(max = 200, message = "{admin.form.reason.tooLong}") String reason) {

	static AdjustmentForm empty() {
		return new AdjustmentForm("", "");
	}

}
