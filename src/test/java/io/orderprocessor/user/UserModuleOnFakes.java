package io.orderprocessor.user;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import io.orderprocessor.platform.security.TestRateLimiters;
import io.orderprocessor.platform.store.AccountLocks;
import io.orderprocessor.platform.store.InMemoryStoreEngine;
import io.orderprocessor.platform.store.Store;
import io.orderprocessor.platform.web.Messages;
import io.orderprocessor.user.internal.CashProperties;
import io.orderprocessor.user.internal.SignInProperties;
import io.orderprocessor.user.internal.UserStores;

/**
 * The user module's services on the in-memory store, without Spring: the real services,
 * rules and store adapters, the application's messages and limits, events collected in a
 * list. No Redis: rate limits pass (they are tested on Redis), and the use cases here
 * never reach sessions or token revocation (a password change that succeeds does; that
 * stays a full-stack test).
 */
public final class UserModuleOnFakes {

	public final Store store;

	public final AccountLocks locks;

	/** Every event the services published, in order. */
	public final List<Object> events = new CopyOnWriteArrayList<>();

	public final CashService cash;

	public final UserService users;

	/** On a new in-memory store of its own. */
	public UserModuleOnFakes() {
		this(new Store(new InMemoryStoreEngine(), 30, new SimpleMeterRegistry()),
				new AccountLocks(64, Duration.ofSeconds(5)));
	}

	/** On a store and account locks shared with another module's services. */
	public UserModuleOnFakes(Store store, AccountLocks locks) {
		this.store = store;
		this.locks = locks;
		UserRules rules = new UserRules(texts(), Clock.systemUTC());
		this.cash = new CashService(UserStores.cash(store), store, rules, texts(),
				new CashProperties(new BigDecimal("10000"), new BigDecimal("5000"), 60, new BigDecimal("25000")),
				TestRateLimiters.withoutRedis(), events::add, locks);
		this.users = new UserService(UserStores.users(store), store, new BCryptPasswordEncoder(4), rules, texts(), null,
				null, TestRateLimiters.withoutRedis(), new SignInProperties(5, Duration.ofMinutes(5),
						Duration.ofMinutes(5), 10, Duration.ofMinutes(15), Duration.ofMinutes(15), 10),
				events::add);
	}

	/** A new account, registered through the service. */
	public String newUser(String prefix) {
		String username = UserMother.uniqueUsername(prefix);
		users.register(UserMother.registration(username), null);
		return username;
	}

	/** The one lookup of the application's messages, over {@link #messages()}. */
	public static Messages texts() {
		return new Messages(messages());
	}

	/** The application's messages, as {@code spring.messages.basename} lists them. */
	public static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages", "i18n/user", "i18n/inventory", "i18n/order", "i18n/portfolio",
				"i18n/notification", "i18n/admin");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
