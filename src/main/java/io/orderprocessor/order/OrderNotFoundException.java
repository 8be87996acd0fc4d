package io.orderprocessor.order;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No order of this user has this id (someone else's orders are not found either). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class OrderNotFoundException extends RuntimeException {

	public OrderNotFoundException(String id) {
		super("Order '" + id + "' not found");
	}

}
