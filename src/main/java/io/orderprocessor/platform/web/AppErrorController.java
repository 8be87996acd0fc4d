package io.orderprocessor.platform.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import io.orderprocessor.platform.store.StoreUnavailableException;

/**
 * Where the container sends every error that no controller answered (unknown paths,
 * denied access, rate limits, failures in filters): the API gets {@code {"detail": ...}},
 * browsers an error page in the layout. Neither shows internals.
 */
@Controller
class AppErrorController implements ErrorController, PageController {

	/**
	 * Statuses with a page of their own wording; others use the generic one of their
	 * family.
	 */
	private static final Set<Integer> WORDED = Set.of(400, 403, 404, 405, 429, 500, 503);

	private final JsonErrorResponder errors;

	AppErrorController(JsonErrorResponder errors) {
		this.errors = errors;
	}

	@RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = status(request);
		if (isApi(request)) {
			errors.write(response, status.value(), detail(request, status));
			return null;
		}
		int code = WORDED.contains(status.value()) ? status.value() : status.is4xxClientError() ? 400 : 500;
		ModelAndView page = new ModelAndView("error/error", status);
		page.addObject("status", status.value());
		page.addObject("messageKey", "error." + code);
		page.addObject("retryAfterSeconds", request.getAttribute("retryAfterSeconds"));
		page.addObject("requestId", request.getAttribute(RequestIdFilter.MDC_KEY));
		return page;
	}

	@RequestMapping("/error")
	ResponseEntity<ApiError> json(HttpServletRequest request) {
		HttpStatus status = status(request);
		return ResponseEntity.status(status).body(new ApiError(detail(request, status)));
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) == null) {
			// /error asked for directly: no error to show, so there is no such page
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		if (status == null || status == HttpStatus.INTERNAL_SERVER_ERROR) {
			// a store that cannot be reached (Redis holding the session, say) is a 503:
			// try again soon
			return dependencyDown(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))
					? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.INTERNAL_SERVER_ERROR;
		}
		return status;
	}

	private static boolean dependencyDown(Object exception) {
		for (Throwable cause = exception instanceof Throwable t ? t : null; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
					|| cause instanceof StoreUnavailableException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Our own messages for 4xx (set with sendError by our code); always generic for 5xx.
	 */
	private static String detail(HttpServletRequest request, HttpStatus status) {
		if (status.is5xxServerError()) {
			return status == HttpStatus.SERVICE_UNAVAILABLE ? "Service temporarily unavailable"
					: "Internal server error";
		}
		if (status == HttpStatus.NOT_FOUND) {
			return "Not found";
		}
		Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
		return message instanceof String text && !text.isBlank() && text.length() < 200 && !text.contains("Exception")
				? text : status.getReasonPhrase();
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri instanceof String path && path.startsWith("/api/");
	}

}
