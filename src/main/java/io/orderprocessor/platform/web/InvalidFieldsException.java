package io.orderprocessor.platform.web;

import java.util.List;

/**
 * Input that breaks field rules, checked by a service for pages and API alike. The API
 * answers 422 listing every field ({@code {"detail": [{"loc": ["body", field], ...}]}});
 * pages show each message next to its field. Field names are the API's (snake_case).
 */
public class InvalidFieldsException extends RuntimeException {

	private final List<FieldViolation> violations;

	public InvalidFieldsException(List<FieldViolation> violations) {
		super("Invalid fields: " + violations.stream().map(FieldViolation::field).toList());
		this.violations = List.copyOf(violations);
	}

	public InvalidFieldsException(String field, String message, String type) {
		this(List.of(new FieldViolation(field, message, type)));
	}

	public List<FieldViolation> violations() {
		return violations;
	}

	/**
	 * @param field the API's name of the field
	 * @param message what the user reads
	 * @param type the rule that failed, e.g. {@code value_error}
	 */
	public record FieldViolation(String field, String message, String type) {
	}

}
