package io.orderprocessor.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: the current path, to mark the current navigation
 * link. Pages only: not run for the API's calls.
 */
@ControllerAdvice(assignableTypes = PageController.class)
class LayoutAdvice {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

}
