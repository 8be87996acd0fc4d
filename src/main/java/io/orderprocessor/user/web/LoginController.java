package io.orderprocessor.user.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	/** The sign-in page; someone already signed in goes to the dashboard. */
	@GetMapping("/login")
	String login(Authentication authentication) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/dashboard";
		}
		return "user/login";
	}

}
