package io.orderprocessor.user.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.orderprocessor.platform.web.FieldErrors;
import io.orderprocessor.platform.web.InvalidFieldsException.FieldViolation;
import io.orderprocessor.platform.web.InvalidFieldsException;
import io.orderprocessor.platform.web.Messages;
import io.orderprocessor.platform.web.PageController;
import io.orderprocessor.user.Profile;
import io.orderprocessor.user.Registration;
import io.orderprocessor.user.TooManyRequestsException;
import io.orderprocessor.user.UserAlreadyExistsException;
import io.orderprocessor.user.UserRules;
import io.orderprocessor.user.UserService;
import io.orderprocessor.user.internal.PageSignIn;

/**
 * Create account: every rule checked on the server, each message next to its field, what
 * was typed kept (but the passwords); success signs the user in and opens the page that
 * sent them to sign in (say the trade of an asset), else the dashboard.
 */
@Controller
class RegistrationController implements PageController {

	private final UserService users;

	private final UserRules rules;

	private final Messages messages;

	private final PageSignIn signIn;

	RegistrationController(UserService users, UserRules rules, Messages messages, PageSignIn signIn) {
		this.users = users;
		this.rules = rules;
		this.messages = messages;
		this.signIn = signIn;
	}

	@GetMapping("/register")
	String form(Authentication authentication, Model model) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/dashboard";
		}
		model.addAttribute("form", RegistrationForm.empty());
		return "user/register";
	}

	@PostMapping("/register")
	String register(@ModelAttribute("form") RegistrationForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes flash, Model model) {
		Registration registration = new Registration(form.username(), form.email(), form.password(), form.firstName(),
				form.lastName(), form.phone(), form.dateOfBirth(), form.consented());
		List<FieldViolation> violations = new ArrayList<>(rules.registration(registration));
		if (form.consent().isEmpty()) {
			violations
				.add(new FieldViolation("marketing_consent", messages.text("rule.marketingConsent"), "bool_type"));
		}
		if (form.password() != null && !form.password().isEmpty()
				&& !Objects.equals(form.password(), form.confirmPassword())) {
			violations.add(new FieldViolation("confirm_password", messages.text("rule.confirmPassword"), "confirm"));
		}
		Profile profile = null;
		if (violations.isEmpty()) {
			try {
				profile = users.register(registration, request.getRemoteAddr());
			}
			catch (InvalidFieldsException ex) {
				violations.addAll(ex.violations());
			}
			catch (UserAlreadyExistsException ex) {
				violations.add(ex.violation("exists"));
			}
			catch (TooManyRequestsException ex) {
				response.setStatus(429);
				ex.writeHeaders(response);
				model.addAttribute("formError", ex.getMessage());
			}
		}
		if (profile == null) {
			// the same form object keeps its field errors; the template never writes
			// passwords back
			FieldErrors.reject(result, violations);
			return "user/register";
		}
		signIn.signIn(profile, request, response);
		flash.addFlashAttribute("flashSuccess", messages.text("register.welcome", profile.firstName()));
		flash.addFlashAttribute("firstVisit", true);
		// back to the page that sent the user here (e.g. "Buy BTC" while signed out), a
		// path of this site only
		return "redirect:" + signIn.pageBeforeSignIn(request, response).orElse("/dashboard");
	}

}
