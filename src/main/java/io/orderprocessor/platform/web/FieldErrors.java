package io.orderprocessor.platform.web;

import java.util.List;

import org.springframework.validation.BindingResult;

import io.orderprocessor.platform.web.InvalidFieldsException.FieldViolation;

/** Puts a service's field violations next to a page form's fields. */
public final class FieldErrors {

	private FieldErrors() {
	}

	/**
	 * Each violation (API field names such as {@code first_name}) on the form field of
	 * the same name ({@code firstName}), the first one per field.
	 */
	public static void reject(BindingResult result, List<FieldViolation> violations) {
		for (FieldViolation violation : violations) {
			String field = formField(violation.field());
			if (result.getFieldErrorCount(field) == 0) {
				reject(result, field, violation.type(), violation.message());
			}
		}
	}

	/**
	 * A field error showing {@code message} as it is: the code gets a prefix no message
	 * key has, so the message source never replaces the text.
	 */
	public static void reject(BindingResult result, String field, String type, String message) {
		result.rejectValue(field, "violation." + type, message);
	}

	/** The form's name of an API field: {@code date_of_birth} is {@code dateOfBirth}. */
	public static String formField(String apiField) {
		StringBuilder camel = new StringBuilder();
		boolean upper = false;
		for (char c : apiField.toCharArray()) {
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
