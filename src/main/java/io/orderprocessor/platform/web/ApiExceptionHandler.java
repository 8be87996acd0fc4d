package io.orderprocessor.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every failure of an API controller as the original's bodies: {@code {"detail": "..."}},
 * or 422 with the list of failing fields. Never a stack trace or an exception name.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String detail = body instanceof ProblemDetail problem && problem.getDetail() != null ? problem.getDetail()
				: reason(status);
		return ResponseEntity.status(status).headers(headers).body(new ApiError(detail));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return unprocessable(violations(ex.getBindingResult()));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<ApiValidationError.Violation> violations = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach(result -> result.getResolvableErrors()
				.forEach(error -> violations.add(new ApiValidationError.Violation(
						List.of(location(result.getMethodParameter()), parameterName(result.getMethodParameter())),
						error.getDefaultMessage(), "value_error"))));
		return unprocessable(violations);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ResponseEntity<Object> limited = bodyLimit(ex);
		if (limited != null) {
			return limited;
		}
		// well-formed JSON whose value has the wrong type is a field error, not a
		// malformed body
		if (ex.getCause() instanceof DatabindException mismatch && !mismatch.getPath().isEmpty()) {
			String field = mismatch.getPath()
				.stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : String.valueOf(ref.getIndex()))
				.reduce((a, b) -> a + "." + b)
				.orElse("body");
			return unprocessable(List.of(ApiValidationError.Violation.body(field, "Invalid value", "type_error")));
		}
		String detail = ex.getCause() instanceof JacksonException ? "Malformed JSON request body"
				: "Request body is missing or unreadable";
		return ResponseEntity.badRequest().body(new ApiError(detail));
	}

	/**
	 * A body over its route's limit or too slow to arrive (read by RequestLimitsFilter).
	 */
	private static ResponseEntity<Object> bodyLimit(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestLimitsFilter.BodyTooLargeException) {
				return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
					.header(HttpHeaders.CONNECTION, "close")
					.body(new ApiError(cause.getMessage()));
			}
			if (cause instanceof RequestLimitsFilter.BodyTooSlowException) {
				return ResponseEntity.status(HttpStatus.REQUEST_TIMEOUT)
					.header(HttpHeaders.CONNECTION, "close")
					.body(new ApiError(cause.getMessage()));
			}
		}
		return null;
	}

	/** A header value the firewall refuses when a controller first reads it. */
	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<Object> rejected(RequestRejectedException ex) {
		return ResponseEntity.badRequest().body(new ApiError("Request contains characters that are not allowed"));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return unprocessable(List.of(new ApiValidationError.Violation(
				List.of(location(ex.getParameter()), ex.getName()), "Invalid value", "type_error")));
	}

	@ExceptionHandler(RetryLaterException.class)
	ResponseEntity<Map<String, Object>> retryLater(RetryLaterException ex, HttpServletResponse response) {
		long seconds = ex.writeHeaders(response);
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.body(Map.of("detail", ex.getMessage(), "retry_after", seconds));
	}

	@ExceptionHandler(InvalidFieldsException.class)
	ResponseEntity<Object> invalidFields(InvalidFieldsException ex) {
		return unprocessable(ex.violations()
			.stream()
			.map(v -> ApiValidationError.Violation.body(v.field(), v.message(), v.type()))
			.toList());
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
		List<ApiValidationError.Violation> violations = ex.getConstraintViolations()
			.stream()
			.map(v -> new ApiValidationError.Violation(List.of("query", lastNode(v.getPropertyPath().toString())),
					v.getMessage(), "value_error"))
			.toList();
		return unprocessable(violations);
	}

	/**
	 * Exceptions that declare their status with {@code @ResponseStatus}; anything else is
	 * a 500.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> other(Exception ex) {
		ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(ex.getClass(), ResponseStatus.class);
		if (declared != null) {
			String detail = !declared.reason().isEmpty() ? declared.reason()
					: ex.getMessage() != null ? ex.getMessage() : reason(declared.code());
			return ResponseEntity.status(declared.code()).body(new ApiError(detail));
		}
		ResponseEntity<Object> limited = bodyLimit(ex);
		if (limited != null) {
			return limited;
		}
		log.error("Unhandled API failure", ex);
		return ResponseEntity.internalServerError().body(new ApiError("Internal server error"));
	}

	static ResponseEntity<Object> unprocessable(List<ApiValidationError.Violation> violations) {
		return ResponseEntity.unprocessableContent().body(new ApiValidationError(violations));
	}

	private static List<ApiValidationError.Violation> violations(BindingResult result) {
		List<ApiValidationError.Violation> violations = new ArrayList<>();
		for (FieldError error : result.getFieldErrors()) {
			violations.add(ApiValidationError.Violation.body(error.getField(), error.getDefaultMessage(),
					error.getCode() == null ? "value_error" : snakeCase(error.getCode())));
		}
		result.getGlobalErrors()
			.forEach(error -> violations
				.add(new ApiValidationError.Violation(List.of("body"), error.getDefaultMessage(), "value_error")));
		return violations;
	}

	/** {@code NotBlank} becomes {@code not_blank}, the original's style of error type. */
	private static String snakeCase(String code) {
		return code.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

	private static String location(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(PathVariable.class) ? "path" : "query";
	}

	private static String parameterName(MethodParameter parameter) {
		String name = parameter.getParameterName();
		return name == null ? "parameter" : name;
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}

	private static String reason(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return known != null ? known.getReasonPhrase() : "Error";
	}

}
