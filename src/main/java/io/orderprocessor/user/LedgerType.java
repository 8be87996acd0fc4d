package io.orderprocessor.user;

import java.util.Locale;
import java.util.Optional;

import io.orderprocessor.shared.Enums;

/** The kinds of cash movement; the API writes them in lower case. */
public enum LedgerType {

	DEPOSIT, WITHDRAW, ORDER_PAYMENT, ORDER_SALE, ORDER_REFUND, SYSTEM_ADJUSTMENT;

	/** Either case; empty for anything else. */
	public static Optional<LedgerType> parse(String value) {
		return Enums.parse(LedgerType.class, value);
	}

	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
