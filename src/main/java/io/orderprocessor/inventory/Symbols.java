package io.orderprocessor.inventory;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Symbols as users type them: trimmed, case-insensitive, 1-10 letters or digits. */
public final class Symbols {

	private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9]{1,10}");

	private Symbols() {
	}

	/** The symbol in upper case, or empty when it cannot be a symbol at all. */
	public static Optional<String> normalise(String raw) {
		if (raw == null) {
			return Optional.empty();
		}
		String trimmed = raw.trim();
		return SYMBOL.matcher(trimmed).matches() ? Optional.of(trimmed.toUpperCase(Locale.ROOT)) : Optional.empty();
	}

}
