package io.orderprocessor.order;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.orderprocessor.platform.web.FieldRefusedException;

/**
 * An order rule refused the order (insufficient cash or holding, over the order limit, an
 * inactive asset); nothing changed. The API answers 422 with the message.
 */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class OrderRuleException extends FieldRefusedException {

	public OrderRuleException(String field, String message) {
		super(field, message);
	}

}
