package io.orderprocessor.user.web;

/**
 * A deposit or withdrawal as typed. {@code quick} is set by the quick-amount buttons
 * ({@code 100}, {@code 500}, {@code 1000} to add, {@code all} for everything available):
 * they only fill the amount in, nothing moves until the form is submitted.
 */
record AmountForm(String amount, String quick) {

	static AmountForm empty() {
		return new AmountForm("", null);
	}

}
