package io.orderprocessor.user.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.orderprocessor.platform.web.PageController;

@Controller
class LoginController implements PageController {

	/**
	 * The sign-in page, with what the last attempt may say; someone already signed in
	 * goes to the dashboard.
	 */
	@GetMapping("/login")
	String login(Authentication authentication, @RequestParam(required = false) String blocked, Model model) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/dashboard";
		}
		if (blocked != null) {
			long minutes = 1;
			try {
				minutes = Math.max(1, Math.min(24 * 60, Long.parseLong(blocked.trim())));
			}
			catch (NumberFormatException ignored) {
				// a hand-edited address still gets the message
			}
			model.addAttribute("blockedMinutes", minutes);
		}
		return "user/login";
	}

}
