package io.orderprocessor.shared;

import java.math.BigDecimal;

/** Asset quantities as people read them. */
public final class Quantity {

	private Quantity() {
	}

	/** Without trailing zeros: {@code 0.1}, {@code 0}. */
	public static String plain(BigDecimal quantity) {
		return quantity.signum() == 0 ? "0" : quantity.stripTrailingZeros().toPlainString();
	}

}
