package io.orderprocessor.inventory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Finds an enum's constant by the code it goes by in URLs and the API. */
final class EnumCodes {

	private EnumCodes() {
	}

	/**
	 * The constant whose code is {@code text} trimmed and in lower case; empty for null
	 * or none.
	 */
	static <E extends Enum<E>> Optional<E> parse(E[] values, Function<E, String> code, String text) {
		if (text == null) {
			return Optional.empty();
		}
		String wanted = text.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values).filter(value -> code.apply(value).equals(wanted)).findFirst();
	}

}
