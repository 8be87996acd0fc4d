package io.orderprocessor.user;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The username or email is taken (also when two registrations race): 409 in the API.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class UserAlreadyExistsException extends RuntimeException {

	private final String field;

	public UserAlreadyExistsException(String field, String message) {
		super(message);
		this.field = field;
	}

	/** {@code username} or {@code email}. */
	public String field() {
		return field;
	}

}
