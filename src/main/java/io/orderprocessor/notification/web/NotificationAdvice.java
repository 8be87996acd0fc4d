package io.orderprocessor.notification.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.orderprocessor.notification.NotificationService;
import io.orderprocessor.platform.web.PageController;

/**
 * The unread count for the bell in the layout: one read per full page of a signed-in
 * user; none for visitors and for htmx partials (the bell polls on its own).
 */
@ControllerAdvice(assignableTypes = PageController.class)
class NotificationAdvice {

	private static final Logger log = LoggerFactory.getLogger(NotificationAdvice.class);

	private final NotificationService notifications;

	NotificationAdvice(NotificationService notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute("unreadNotifications")
	Long unreadNotifications(HtmxRequest htmx) {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken
				|| htmx.isHtmxRequest()) {
			return null;
		}
		try {
			return notifications.unreadCount(user.getName());
		}
		catch (RuntimeException ex) {
			log.warn("No unread count for the bell: {}", ex.getMessage());
			return null;
		}
	}

}
