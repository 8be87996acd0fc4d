package io.orderprocessor.platform.web;

import io.orderprocessor.platform.web.InvalidFieldsException.FieldViolation;

/**
 * A service refused a request because of one field (an order rule, a taken username);
 * nothing changed. Pages show the message next to that field; each subclass gives the
 * API's status.
 */
public abstract class FieldRefusedException extends RuntimeException {

	private final String field;

	protected FieldRefusedException(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The API's name of the field the message belongs next to. */
	public String field() {
		return field;
	}

	/** The refusal as a violation of its field, for a form's errors. */
	public FieldViolation violation(String type) {
		return new FieldViolation(field, getMessage(), type);
	}

}
