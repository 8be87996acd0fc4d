package io.orderprocessor.order;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An order rule refused the order (insufficient cash or holding, over the order limit, an
 * inactive asset); nothing changed. The API answers 422 with the message.
 */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class OrderRuleException extends RuntimeException {

	private final String field;

	public OrderRuleException(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The form field the message belongs next to. */
	public String field() {
		return field;
	}

}
