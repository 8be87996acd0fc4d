package io.orderprocessor.notification.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.orderprocessor.notification.NotificationPage;
import io.orderprocessor.notification.NotificationService;
import io.orderprocessor.platform.web.PageController;

/** The notifications page, "mark all read" and the bell that refreshes itself. */
@Controller
class NotificationController implements PageController {

	static final int PAGE_SIZE = 20;

	private final NotificationService notifications;

	NotificationController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String list(Authentication user, @RequestParam(required = false) String cursor, Model model) {
		NotificationPage page = notifications.page(user.getName(), cursor, PAGE_SIZE);
		model.addAttribute("page", page);
		model.addAttribute("firstPage", cursor != null ? "/notifications" : null);
		return "notification/notifications";
	}

	@PostMapping("/notifications/read")
	String markAllRead(Authentication user) {
		notifications.markAllRead(user.getName());
		return "redirect:/notifications";
	}

	/** The bell again, with the current count (htmx polls it). */
	@HxRequest
	@GetMapping("/notifications/bell")
	String bell(Authentication user, Model model) {
		model.addAttribute("unreadNotifications", notifications.unreadCount(user.getName()));
		return "notification/bell :: bell";
	}

}
