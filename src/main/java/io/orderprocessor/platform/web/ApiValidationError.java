package io.orderprocessor.platform.web;

import java.util.List;

/**
 * The API's 422 body, listing every failing field: {@code {"detail": [{"loc": ["body",
 * "amount"], "msg": "...", "type": "..."}]}}.
 */
public record ApiValidationError(List<Violation> detail) {

	public record Violation(List<String> loc, String msg, String type) {

		public static Violation body(String field, String msg, String type) {
			return new Violation(List.of("body", field), msg, type);
		}

	}

}
