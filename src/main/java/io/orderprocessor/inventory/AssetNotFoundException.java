package io.orderprocessor.inventory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No asset has this symbol (pages answer with the 404 page, the API with 404). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AssetNotFoundException extends RuntimeException {

	public AssetNotFoundException(String symbol) {
		super("Asset '" + symbol + "' not found");
	}

}
