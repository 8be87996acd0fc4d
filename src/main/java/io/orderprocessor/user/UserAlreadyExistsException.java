package io.orderprocessor.user;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.orderprocessor.platform.web.FieldRefusedException;

/**
 * The username or email is taken (also when two registrations race): 409 in the API. Its
 * field is {@code username} or {@code email}.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class UserAlreadyExistsException extends FieldRefusedException {

	public UserAlreadyExistsException(String field, String message) {
		super(field, message);
	}

}
