package io.orderprocessor.shared;

import java.util.Locale;
import java.util.Optional;

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

}
