package io.orderprocessor.user.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpSession;

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
import io.orderprocessor.shared.Timestamps;
import io.orderprocessor.user.Profile;
import io.orderprocessor.user.ProfileChanges;
import io.orderprocessor.user.UserAlreadyExistsException;
import io.orderprocessor.user.UserService;

/** Personal details, password and signed-in sessions. */
@Controller
class ProfileController implements PageController {

	private final UserService users;

	private final Messages messages;

	ProfileController(UserService users, Messages messages) {
		this.users = users;
		this.messages = messages;
	}

	@GetMapping("/profile")
	String profile(Authentication authentication, HttpSession session, Model model) {
		Profile profile = profile(authentication);
		model.addAttribute("form", ProfileForm.of(profile));
		model.addAttribute("passwordForm", PasswordForm.empty());
		return page(profile, session, model);
	}

	@PostMapping("/profile")
	String save(Authentication authentication, @ModelAttribute("form") ProfileForm form, BindingResult result,
			HttpSession session, Model model, RedirectAttributes flash) {
		if (form.consent().isEmpty()) {
			FieldErrors.reject(result, "marketingConsent", "bool_type", messages.text("rule.marketingConsent"));
		}
		try {
			if (!result.hasErrors()) {
				users.updateProfile(authentication.getName(), new ProfileChanges(form.firstName(), form.lastName(),
						form.email(), form.phone(), form.dateOfBirth(), form.consented()));
			}
		}
		catch (InvalidFieldsException ex) {
			FieldErrors.reject(result, ex.violations());
		}
		catch (UserAlreadyExistsException ex) {
			FieldErrors.reject(result, FieldErrors.formField(ex.field()), "exists", ex.getMessage());
		}
		if (result.hasErrors()) {
			model.addAttribute("passwordForm", PasswordForm.empty());
			return page(profile(authentication), session, model);
		}
		flash.addFlashAttribute("flashSuccess", messages.text("profile.saved"));
		return "redirect:/profile";
	}

	@PostMapping("/profile/password")
	String changePassword(Authentication authentication, @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult result, HttpSession session, Model model, RedirectAttributes flash) {
		List<FieldViolation> violations = new ArrayList<>();
		if (form.newPassword() != null && !form.newPassword().isEmpty()
				&& !Objects.equals(form.newPassword(), form.confirmPassword())) {
			violations.add(new FieldViolation("confirm_password", messages.text("rule.confirmPassword"), "confirm"));
		}
		if (violations.isEmpty()) {
			try {
				users.changePassword(authentication.getName(), form.currentPassword(), form.newPassword(),
						session.getId(), null);
			}
			catch (InvalidFieldsException ex) {
				violations.addAll(ex.violations());
			}
		}
		if (!violations.isEmpty()) {
			FieldErrors.reject(result, violations);
			// the same form object keeps its field errors; the template never writes
			// passwords back
			Profile profile = profile(authentication);
			model.addAttribute("form", ProfileForm.of(profile));
			return page(profile, session, model);
		}
		flash.addFlashAttribute("flashSuccess", messages.text("profile.password.changed"));
		return "redirect:/profile";
	}

	@PostMapping("/profile/sessions/sign-out-others")
	String signOutOthers(Authentication authentication, HttpSession session, RedirectAttributes flash) {
		int ended = users.signOutOtherSessions(authentication.getName(), session.getId());
		flash.addFlashAttribute("flashSuccess", messages.text("profile.sessions.ended", ended));
		return "redirect:/profile#sessions";
	}

	private String page(Profile profile, HttpSession session, Model model) {
		model.addAttribute("profile", profile);
		model.addAttribute("memberSince", Timestamps.format(profile.createdAt()));
		model.addAttribute("lastUpdated", Timestamps.format(profile.updatedAt()));
		model.addAttribute("sessions",
				users.sessions(profile.username(), session.getId())
					.stream()
					.map(s -> new SessionRow(s.current(), s.device(), s.ipAddress() == null ? "-" : s.ipAddress(),
							Timestamps.format(s.signedInAt()), Timestamps.format(s.lastActiveAt())))
					.toList());
		return "user/profile";
	}

	private Profile profile(Authentication authentication) {
		return users.profile(authentication.getName())
			.orElseThrow(() -> new IllegalStateException("signed in without an account"));
	}

	record SessionRow(boolean current, String device, String ipAddress, String signedInAt, String lastActiveAt) {
	}

}
