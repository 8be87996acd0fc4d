package io.orderprocessor.user.internal;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import io.orderprocessor.platform.security.SecurityProperties;

/**
 * Until accounts live in DynamoDB: a demo trader and a demo admin in demo mode, and the
 * first admin from {@code APP_ADMIN_USERNAME}/{@code APP_ADMIN_PASSWORD} when set.
 */
@Configuration(proxyBeanMethods = false)
class TemporaryUserStore {

	private static final Logger log = LoggerFactory.getLogger(TemporaryUserStore.class);

	static final String DEMO_TRADER = "demo_trader";

	static final String DEMO_TRADER_PASSWORD = "Demo!Trader2026";

	static final String DEMO_ADMIN = "demo_admin";

	static final String DEMO_ADMIN_PASSWORD = "Demo!Admin2026";

	@Bean
	UserDetailsService userDetailsService(PasswordEncoder encoder, SecurityProperties security,
			@Value("${app.admin.username:}") String adminUsername,
			@Value("${app.admin.password:}") String adminPassword) {
		List<UserDetails> users = new ArrayList<>();
		if (security.demoMode()) {
			users.add(User.withUsername(DEMO_TRADER)
				.password(encoder.encode(DEMO_TRADER_PASSWORD))
				.roles("CUSTOMER")
				.build());
			users.add(
					User.withUsername(DEMO_ADMIN).password(encoder.encode(DEMO_ADMIN_PASSWORD)).roles("ADMIN").build());
			log.info("Demo mode. Sign in as trader {} / {} or as admin {} / {}", DEMO_TRADER, DEMO_TRADER_PASSWORD,
					DEMO_ADMIN, DEMO_ADMIN_PASSWORD);
		}
		if (!adminUsername.isBlank() && !adminPassword.isBlank()) {
			users.add(User.withUsername(adminUsername.toLowerCase())
				.password(encoder.encode(adminPassword))
				.roles("ADMIN")
				.build());
		}
		return new InMemoryUserDetailsManager(users);
	}

	/** Checks API sign-ins against the same store as the sign-in page. */
	@Bean
	AuthenticationManager apiAuthenticationManager(UserDetailsService users, PasswordEncoder encoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(encoder);
		return new ProviderManager(provider);
	}

}
