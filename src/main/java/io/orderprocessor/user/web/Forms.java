package io.orderprocessor.user.web;

import java.util.List;

import org.springframework.validation.BindingResult;

import io.orderprocessor.platform.web.InvalidFieldsException.FieldViolation;

/** What the user module's page controllers share: field errors and dates as shown. */
final class Forms {

	private Forms() {
	}

	/** Puts the service's violations (API field names) next to the page's fields. */
	static void reject(BindingResult result, List<FieldViolation> violations) {
		for (FieldViolation violation : violations) {
			String field = camel(violation.field());
			if (result.getFieldErrorCount(field) == 0) {
				reject(result, field, violation.type(), violation.message());
			}
		}
	}

	/**
	 * A field error showing {@code message} as it is: the code gets a prefix no message
	 * key has, so the message source never replaces the text.
	 */
	static void reject(BindingResult result, String field, String type, String message) {
		result.rejectValue(field, "violation." + type, message);
	}

	/**
	 * A checkbox: absent, empty, {@code false}/{@code off} is no, {@code true}/{@code on}
	 * is yes; anything else is empty, for the page to refuse.
	 */
	static java.util.Optional<Boolean> consent(String value) {
		if (value == null || value.isEmpty()) {
			return java.util.Optional.of(false);
		}
		return switch (value.toLowerCase(java.util.Locale.ROOT)) {
			case "true", "on" -> java.util.Optional.of(true);
			case "false", "off" -> java.util.Optional.of(false);
			default -> java.util.Optional.empty();
		};
	}

	static String camel(String snake) {
		StringBuilder camel = new StringBuilder();
		boolean upper = false;
		for (char c : snake.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				camel.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return camel.toString();
	}

}
