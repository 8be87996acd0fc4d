package io.orderprocessor.inventory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An asset with this symbol is already in the catalogue (HTTP 409). */
@ResponseStatus(HttpStatus.CONFLICT)
public class AssetAlreadyExistsException extends RuntimeException {

	public AssetAlreadyExistsException(String symbol) {
		super("Asset '" + symbol + "' already exists");
	}

}
