package io.orderprocessor.order;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Only pending orders can be cancelled. */
@ResponseStatus(HttpStatus.CONFLICT)
public class OrderNotPendingException extends RuntimeException {

	public OrderNotPendingException(String message) {
		super(message);
	}

}
