package io.orderprocessor.user;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A cash rule refused the request (insufficient balance, a daily limit); nothing changed.
 * The API answers 422 with the message, the page shows it next to the amount.
 */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class CashRuleException extends RuntimeException {

	public CashRuleException(String message) {
		super(message);
	}

}
