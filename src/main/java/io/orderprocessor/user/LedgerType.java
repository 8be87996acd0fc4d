package io.orderprocessor.user;

import java.util.Locale;
import java.util.Optional;

/** The kinds of cash movement; the API writes them in lower case. */
public enum LedgerType {

	DEPOSIT, WITHDRAW, ORDER_PAYMENT, ORDER_SALE, ORDER_REFUND, SYSTEM_ADJUSTMENT;

	/** Either case; empty for anything else. */
	public static Optional<LedgerType> parse(String value) {
		if (value == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
