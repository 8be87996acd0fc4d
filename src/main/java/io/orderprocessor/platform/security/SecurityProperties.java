package io.orderprocessor.platform.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param demoMode the embedded demo: a JWT secret may be generated per start and demo
 * credentials are printed; off in {@code prod}
 * @param jwtSecret HS256 secret for API tokens, at least 32 bytes; required outside demo
 * mode
 * @param jwtTtl lifetime of an API token
 * @param apiAllowedOrigins browser origins allowed to call {@code /api/v1} (none by
 * default)
 * @param requestsPerMinute the global per-IP request limit
 * @param passwordStrength the bcrypt cost of new password hashes (12; the tests lower it,
 * as hashing is most of their sign-in time)
 */
@ConfigurationProperties("app.security")
public record SecurityProperties(@DefaultValue("true") boolean demoMode, String jwtSecret,
		@DefaultValue("1h") Duration jwtTtl, @DefaultValue List<String> apiAllowedOrigins,
		@DefaultValue("10000") long requestsPerMinute, @DefaultValue("12") int passwordStrength) {

}
