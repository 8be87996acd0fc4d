package io.orderprocessor.user.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import io.orderprocessor.platform.security.SignInDetails;
import io.orderprocessor.shared.Username;

/**
 * Sign-in against the accounts in the store, for the sign-in page (Spring Security's form
 * login picks up the one {@link AuthenticationProvider}) and the API (the
 * {@code apiAuthenticationManager}). Usernames are case-insensitive. Every attempt is
 * counted by {@link SignInThrottle} before the password is checked (blocked addresses and
 * usernames are refused there); a locked account is reported only after the right
 * password. Unknown usernames cost a bcrypt comparison too, so timing does not tell them
 * apart. Failures and successes are published as Spring Security's authentication events
 * (see {@link SignInEventListener}).
 */
@Configuration(proxyBeanMethods = false)
class UserAuthentication {

	@Bean
	AuthenticationProvider userAuthenticationProvider(UserRepository users, PasswordEncoder encoder,
			SignInThrottle throttle) {
		UserDetailsService details = username -> users.find(Username.normalise(username))
			.map(user -> User.withUsername(user.username())
				.password(user.passwordHash())
				.accountLocked(user.profile().locked())
				.authorities(List.of(new SimpleGrantedAuthority("ROLE_" + user.profile().role())))
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(details);
		passwords.setPasswordEncoder(encoder);
		// "Account locked" only to someone who knows the password
		passwords.setPreAuthenticationChecks(user -> {
		});
		passwords.setPostAuthenticationChecks(user -> {
			if (!user.isAccountNonLocked()) {
				throw new LockedException("Account locked");
			}
		});
		return new AuthenticationProvider() {
			@Override
			public Authentication authenticate(Authentication authentication) {
				// counted before the password is checked: one atomic step per bucket
				SignInThrottle.Attempt attempt = throttle.begin(clientIp(authentication),
						Username.normalise(authentication.getName()), deviceCookie(authentication));
				Authentication result;
				try {
					result = passwords.authenticate(authentication);
				}
				catch (BadCredentialsException ex) {
					throttle.failed(attempt);
					throw ex;
				}
				catch (AuthenticationException ex) {
					// the right password of a locked account
					throttle.succeeded(attempt);
					throw ex;
				}
				throttle.succeeded(attempt);
				return result;
			}

			@Override
			public boolean supports(Class<?> type) {
				return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
			}
		};
	}

	/** Checks API sign-ins exactly as the sign-in page does, with the same events. */
	@Bean
	AuthenticationManager apiAuthenticationManager(AuthenticationProvider userAuthenticationProvider,
			AuthenticationEventPublisher events) {
		ProviderManager manager = new ProviderManager(userAuthenticationProvider);
		manager.setAuthenticationEventPublisher(events);
		return manager;
	}

	static String clientIp(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
	}

	static String deviceCookie(Authentication authentication) {
		return authentication.getDetails() instanceof SignInDetails details ? details.deviceCookie() : null;
	}

}
