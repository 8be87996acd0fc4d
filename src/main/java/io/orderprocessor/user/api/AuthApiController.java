package io.orderprocessor.user.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.orderprocessor.platform.security.DeviceCookies;
import io.orderprocessor.platform.security.SignInBlockedException;
import io.orderprocessor.platform.security.SignInDetails;
import io.orderprocessor.platform.security.SignInUnavailableException;
import io.orderprocessor.platform.security.TokenService.IssuedToken;
import io.orderprocessor.platform.security.TokenService;
import io.orderprocessor.platform.web.ApiError;
import io.orderprocessor.platform.web.InvalidFieldsException.FieldViolation;
import io.orderprocessor.platform.web.InvalidFieldsException;
import io.orderprocessor.platform.web.Messages;
import io.orderprocessor.user.Profile;
import io.orderprocessor.user.ProfileChanges;
import io.orderprocessor.user.Registration;
import io.orderprocessor.user.UserRules;
import io.orderprocessor.user.UserService;

/**
 * Registration, sign-in, profile, password and sign-out for programs ({@code api.md}).
 */
@RestController
@RequestMapping("/api/v1/auth")
class AuthApiController {

	private final AuthenticationManager authentication;

	private final TokenService tokens;

	private final UserService users;

	private final Messages messages;

	private final DeviceCookies devices;

	AuthApiController(AuthenticationManager apiAuthenticationManager, TokenService tokens, UserService users,
			Messages messages, DeviceCookies devices) {
		this.devices = devices;
		this.authentication = apiAuthenticationManager;
		this.tokens = tokens;
		this.users = users;
		this.messages = messages;
	}

	@PostMapping("/register")
	@ResponseStatus(HttpStatus.CREATED)
	Message register(@RequestBody RegisterRequest request, HttpServletRequest http) {
		users.register(
				new Registration(request.username(), request.email(), request.password(), request.firstName(),
						request.lastName(), request.phone(), request.dateOfBirth(), request.marketingEmailsConsent()),
				http.getRemoteAddr());
		return new Message("User registered successfully");
	}

	@PostMapping("/login")
	ResponseEntity<?> login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
		// a username or password that breaks its format rule cannot be anyone's: 422,
		// listing both; only well-formed ones are tried (401 when wrong)
		List<FieldViolation> malformed = new ArrayList<>();
		if (!UserRules.isUsername(request.username().trim())) {
			malformed.add(new FieldViolation("username", messages.text("rule.username"), "pattern"));
		}
		if (!UserRules.isPassword(request.password())) {
			malformed.add(new FieldViolation("password", messages.text("rule.password"), "password_policy"));
		}
		if (!malformed.isEmpty()) {
			throw new InvalidFieldsException(malformed);
		}
		Authentication signedIn;
		try {
			UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken
				.unauthenticated(request.username(), request.password());
			attempt.setDetails(SignInDetails.SOURCE.buildDetails(http));
			signedIn = authentication.authenticate(attempt);
		}
		catch (SignInBlockedException ex) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, ex.retryAfter().toSeconds())))
				.body(new ApiError(ex.getMessage()));
		}
		catch (LockedException ex) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new ApiError("Account locked"));
		}
		catch (SignInUnavailableException ex) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(new ApiError(ex.getMessage()));
		}
		catch (AuthenticationException ex) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(new ApiError("Invalid username or password"));
		}
		String role = signedIn.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(a -> a.startsWith("ROLE_"))
			.map(a -> a.substring("ROLE_".length()))
			.findFirst()
			.orElse(Profile.CUSTOMER);
		IssuedToken token = tokens.issue(signedIn.getName(), role);
		// a device cookie for clients that keep cookies: their sign-ins are not held by a
		// stranger's failures for this username (see DeviceCookies)
		return ResponseEntity.ok()
			.header(HttpHeaders.SET_COOKIE, devices.setCookieHeader(http, signedIn.getName()))
			.body(new LoginResponse(token.value(), "bearer", token.expiresInSeconds()));
	}

	@GetMapping("/profile")
	ProfileResponse profile(@AuthenticationPrincipal Jwt token) {
		return ProfileResponse.of(users.profile(token.getSubject()).orElseThrow(AccountGoneException::new));
	}

	@PutMapping("/profile")
	ProfileUpdated updateProfile(@AuthenticationPrincipal Jwt token, @RequestBody ProfileRequest request) {
		Profile updated = users.updateProfile(token.getSubject(),
				new ProfileChanges(request.firstName(), request.lastName(), request.email(), request.phone(),
						request.dateOfBirth(), request.marketingEmailsConsent()));
		return new ProfileUpdated("Profile updated successfully", ProfileResponse.of(updated));
	}

	@PutMapping("/password")
	Message changePassword(@AuthenticationPrincipal Jwt token, @RequestBody PasswordRequest request) {
		users.changePassword(token.getSubject(), request.currentPassword(), request.newPassword(), null, token.getId());
		return new Message("Password changed");
	}

	@PostMapping("/logout")
	Message logout(@AuthenticationPrincipal Jwt token) {
		users.signOutToken(token.getSubject(), token.getId(),
				token.getExpiresAt() == null ? Instant.now().plusSeconds(3600) : token.getExpiresAt());
		return new Message("Logged out successfully");
	}

	record RegisterRequest(String username, String email, String password, String firstName, String lastName,
			String phone, String dateOfBirth, Boolean marketingEmailsConsent) {
	}

	record LoginRequest(@NotBlank(message = "Username is required") @Size(max = 30) String username,
			@NotBlank(message = "Password is required") @Size(max = 100) String password) {
	}

	record LoginResponse(String accessToken, String tokenType, long expiresIn) {
	}

	record ProfileRequest(String firstName, String lastName, String email, String phone, String dateOfBirth,
			Boolean marketingEmailsConsent) {
	}

	record PasswordRequest(String currentPassword, String newPassword) {
	}

	record Message(String message) {
	}

	record ProfileUpdated(String message, ProfileResponse user) {
	}

	record ProfileResponse(String username, String email, String firstName, String lastName, String phone,
			LocalDate dateOfBirth, boolean marketingEmailsConsent, String role, Instant createdAt, Instant updatedAt) {

		static ProfileResponse of(Profile p) {
			return new ProfileResponse(p.username(), p.email(), p.firstName(), p.lastName(), p.phone(), p.dateOfBirth(),
					p.marketingConsent(), p.role(), p.createdAt(), p.updatedAt());
		}

	}

	/** A valid token whose account no longer exists. */
	@ResponseStatus(value = HttpStatus.UNAUTHORIZED, reason = "Not authenticated")
	static class AccountGoneException extends RuntimeException {

	}

}
