package io.orderprocessor.user.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.orderprocessor.platform.security.TokenService;
import io.orderprocessor.platform.security.TokenService.IssuedToken;

@RestController
@RequestMapping("/api/v1/auth")
class AuthApiController {

	private final AuthenticationManager authentication;

	private final TokenService tokens;

	AuthApiController(AuthenticationManager apiAuthenticationManager, TokenService tokens) {
		this.authentication = apiAuthenticationManager;
		this.tokens = tokens;
	}

	@PostMapping("/login")
	LoginResponse login(@Valid @RequestBody LoginRequest request) {
		Authentication signedIn;
		try {
			signedIn = authentication.authenticate(UsernamePasswordAuthenticationToken
				.unauthenticated(request.username().toLowerCase(), request.password()));
		}
		catch (AuthenticationException ex) {
			throw new InvalidCredentialsException();
		}
		String role = signedIn.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(a -> a.startsWith("ROLE_"))
			.map(a -> a.substring("ROLE_".length()))
			.findFirst()
			.orElse("CUSTOMER");
		IssuedToken token = tokens.issue(signedIn.getName(), role);
		return new LoginResponse(token.value(), "bearer", token.expiresInSeconds());
	}

	@GetMapping("/profile")
	ProfileResponse profile(@AuthenticationPrincipal Jwt token) {
		return new ProfileResponse(token.getSubject(), token.getClaimAsString("role"));
	}

	record LoginRequest(@NotBlank(message = "Username is required") @Size(max = 30) String username,
			@NotBlank(message = "Password is required") @Size(max = 100) String password) {
	}

	record LoginResponse(String accessToken, String tokenType, long expiresIn) {
	}

	record ProfileResponse(String username, String role) {
	}

	@ResponseStatus(value = HttpStatus.UNAUTHORIZED, reason = "Invalid username or password")
	static class InvalidCredentialsException extends RuntimeException {

	}

}
