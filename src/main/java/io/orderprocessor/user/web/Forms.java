package io.orderprocessor.user.web;

import java.util.Locale;
import java.util.Optional;

/** What the user module's page controllers share: how a checkbox is read. */
final class Forms {

	private Forms() {
	}

	/**
	 * A checkbox: absent, empty, {@code false}/{@code off} is no, {@code true}/{@code on}
	 * is yes; anything else is empty, for the page to refuse.
	 */
	static Optional<Boolean> consent(String value) {
		if (value == null || value.isEmpty()) {
			return Optional.of(false);
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true", "on" -> Optional.of(true);
			case "false", "off" -> Optional.of(false);
			default -> Optional.empty();
		};
	}

}
