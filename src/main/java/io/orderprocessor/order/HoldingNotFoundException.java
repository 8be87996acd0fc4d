package io.orderprocessor.order;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The user holds none of this asset. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class HoldingNotFoundException extends RuntimeException {

	public HoldingNotFoundException(String symbol) {
		super("No holding of '" + symbol + "'");
	}

}
