package io.orderprocessor.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Enum constants as the API and the pages name them: lower case, read in either case. */
public final class Enums {

	private Enums() {
	}

	/**
	 * The constant named {@code value} in either case, surrounding white space stripped
	 * (control characters are not white space); empty for null or anything else.
	 */
	public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
		if (value == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The constant whose {@code code} (lower case, as in URLs and the API) is
	 * {@code value} in either case, surrounding white space stripped; empty for null or
	 * anything else.
	 */
	public static <E extends Enum<E>> Optional<E> byCode(E[] values, Function<E, String> code, String value) {
		if (value == null) {
			return Optional.empty();
		}
		String wanted = value.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values).filter(constant -> code.apply(constant).equals(wanted)).findFirst();
	}

}
