package io.orderprocessor.admin.web;

import jakarta.validation.constraints.NotBlank;

/** A cash adjustment as typed: a signed amount and the reason, which is required. */
record AdjustmentForm(String amount, @NotBlank(message = "{admin.rule.reason.required}") String reason) {

	static AdjustmentForm empty() {
		return new AdjustmentForm("", "");
	}

}
