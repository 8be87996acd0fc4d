package io.orderprocessor.user;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An admin action refused because it would lock an admin out: locking or demoting
 * oneself, or the last active admin (HTTP 409).
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class AccountProtectionException extends RuntimeException {

	public AccountProtectionException(String message) {
		super(message);
	}

}
