package io.orderprocessor.user.web;

import com.github.f4b6a3.ulid.UlidCreator;

/**
 * A deposit or withdrawal as typed. {@code quick} is set by the quick-amount buttons
 * ({@code 100}, {@code 500}, {@code 1000} to add, {@code all} for everything available):
 * they only fill the amount in, nothing moves until the form is submitted.
 * {@code idempotencyKey} is made when the form is shown, so a double submit or a resent
 * post moves money once.
 */
record AmountForm(String amount, String quick, String idempotencyKey) {

	static AmountForm empty() {
		return new AmountForm("", null, UlidCreator.getMonotonicUlid().toString());
	}

}
