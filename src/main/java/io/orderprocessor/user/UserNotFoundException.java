package io.orderprocessor.user;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No account has this username (pages answer with the 404 page, the API with 404). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UserNotFoundException extends RuntimeException {

	public UserNotFoundException(String username) {
		super("User '" + username + "' not found");
	}

}
