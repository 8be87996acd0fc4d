package io.orderprocessor.platform.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxReswap;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * A failure during an htmx request on a page shows as an error banner in the flash area
 * (swapped there with {@code HX-Retarget} through the library's {@link HtmxResponse}),
 * instead of an error page swapped into a table cell or nothing at all. Full-page
 * requests fall through to the error pages.
 */
@ControllerAdvice(assignableTypes = PageController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class HtmxErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(HtmxErrorAdvice.class);

	private final Messages messages;

	HtmxErrorAdvice(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(Exception.class)
	ModelAndView banner(Exception ex, HttpServletRequest request, HtmxRequest htmxRequest, HtmxResponse htmx)
			throws Exception {
		if (!htmxRequest.isHtmxRequest() || ex instanceof AccessDeniedException
				|| ex instanceof AuthenticationException) {
			throw ex; // Spring Security and the error pages take it from here
		}
		ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(ex.getClass(), ResponseStatus.class);
		String message;
		if (declared != null && !declared.reason().isEmpty()) {
			message = declared.reason();
		}
		else {
			log.error("Unhandled failure of an htmx request to {}", request.getRequestURI(), ex);
			message = messages.text("error.banner.unexpected");
		}
		// set here, not with @HxRetarget: the annotations would also mark what is
		// rethrown
		htmx.setRetarget("#flash");
		htmx.setReswap(HtmxReswap.innerHtml());
		ModelAndView banner = new ModelAndView("fragments/flash :: error-banner");
		banner.addObject("errorMessage", message);
		return banner;
	}

}
