package io.orderprocessor.user;

import java.math.BigDecimal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import io.orderprocessor.platform.security.SecurityProperties;
import io.orderprocessor.shared.Username;
import io.orderprocessor.user.internal.CashProperties;

/**
 * Accounts that exist from the first start. Demo mode: a trader with cash (one DEPOSIT
 * ledger entry, so the ledger adds up to the balance) and an admin, credentials printed.
 * Always: the first admin from {@code app.admin.username}/{@code app.admin.password} when
 * both are set. Idempotent: an existing account is left as it is.
 */
@Component
class AccountSeeding implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AccountSeeding.class);

	static final String DEMO_TRADER = "demo_trader";

	static final String DEMO_TRADER_PASSWORD = "Demo!Trader2026";

	static final String DEMO_ADMIN = "demo_admin";

	static final String DEMO_ADMIN_PASSWORD = "Demo!Admin2026";

	private final UserService users;

	private final CashService cash;

	private final SecurityProperties security;

	private final CashProperties cashProperties;

	private final String adminUsername;

	private final String adminPassword;

	AccountSeeding(UserService users, CashService cash, SecurityProperties security, CashProperties cashProperties,
			@Value("${app.admin.username:}") String adminUsername,
			@Value("${app.admin.password:}") String adminPassword) {
		this.users = users;
		this.cash = cash;
		this.security = security;
		this.cashProperties = cashProperties;
		this.adminUsername = adminUsername;
		this.adminPassword = adminPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (security.demoMode()) {
			BigDecimal opening = cashProperties.demoTraderBalance().setScale(2);
			ensure(new Registration(DEMO_TRADER, "demo_trader@example.com", DEMO_TRADER_PASSWORD, "Demo", "Trader",
					null, null, false), Profile.CUSTOMER, opening.signum() > 0 ? cash.openingDeposit(opening) : null);
			ensure(new Registration(DEMO_ADMIN, "demo_admin@example.com", DEMO_ADMIN_PASSWORD, "Demo", "Admin", null,
					null, false), Profile.ADMIN, null);
			log.info("Demo mode. Sign in as trader {} / {} or as admin {} / {}", DEMO_TRADER, DEMO_TRADER_PASSWORD,
					DEMO_ADMIN, DEMO_ADMIN_PASSWORD);
		}
		if (!adminUsername.isBlank() && !adminPassword.isBlank()) {
			String name = Username.normalise(adminUsername);
			if (ensure(new Registration(name, name + "@admin.invalid", adminPassword, "Administrator", "Admin", null,
					null, false), Profile.ADMIN, null)) {
				log.info("Created the first admin account {} from app.admin.username", name);
			}
		}
	}

	private boolean ensure(Registration registration, String role, LedgerEntry openingDeposit) {
		if (users.exists(registration.username())) {
			return false;
		}
		try {
			users.create(registration, role, openingDeposit);
			return true;
		}
		catch (UserAlreadyExistsException raced) {
			return false; // another instance created it at the same time
		}
	}

}
