package io.orderprocessor.user.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Brute-force protection of sign-in and the registration limit ({@code app.signin.*}).
 *
 * @param ipMaxFailures failed sign-ins from one address within {@code ipWindow} that
 * block it
 * @param ipBlock how long that address's sign-in is then refused
 * @param usernameMaxFailures failed sign-ins for one username within
 * {@code usernameWindow} that block it, from whatever address
 * @param registrationsPerHour accounts one address may create per hour
 */
@ConfigurationProperties("app.signin")
public record SignInProperties(@DefaultValue("5") int ipMaxFailures, @DefaultValue("5m") Duration ipWindow,
		@DefaultValue("5m") Duration ipBlock, @DefaultValue("10") int usernameMaxFailures,
		@DefaultValue("15m") Duration usernameWindow, @DefaultValue("15m") Duration usernameBlock,
		@DefaultValue("10") int registrationsPerHour) {

}
