package io.orderprocessor.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.crypto.SecretKey;

import io.lettuce.core.RedisCommandTimeoutException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Outside the demo, the application refuses to start without a strong JWT secret; a
 * denylist that cannot be read is an outage (503), not an invalid token (401).
 */
class JwtConfigurationTest {

	private final JwtConfiguration configuration = new JwtConfiguration();

	@Test
	void productionWithoutASecretFailsWithAClearMessage() {
		assertThatIllegalStateException().isThrownBy(() -> configuration.jwtSigningKey(properties(false, null)))
			.withMessageContaining("APP_SECURITY_JWT_SECRET")
			.withMessageContaining("32 bytes");
	}

	@Test
	void aShortSecretIsRefused() {
		assertThatIllegalStateException()
			.isThrownBy(() -> configuration.jwtSigningKey(properties(false, "too-short-secret")))
			.withMessageContaining("at least 32 bytes");
	}

	@Test
	void theDemoGeneratesADifferentSecretEachStart() {
		byte[] first = configuration.jwtSigningKey(properties(true, null)).getEncoded();
		byte[] second = configuration.jwtSigningKey(properties(true, null)).getEncoded();

		assertThat(first).hasSize(32).isNotEqualTo(second);
	}

	@Test
	void aConfiguredSecretIsUsedAsIs() {
		String secret = "0123456789abcdef0123456789abcdef-production";

		assertThat(configuration.jwtSigningKey(properties(false, secret)).getEncoded()).isEqualTo(secret.getBytes());
	}

	@Test
	void aDenylistThatCannotBeReadFailsTheRequestInsteadOfCallingTheTokenInvalid() {
		SecretKey key = configuration.jwtSigningKey(properties(true, null));
		TokenRevocations timingOut = new TokenRevocations(null, null) {
			@Override
			public boolean isRevoked(String jti) {
				// what Spring Data Redis makes of a command that timed out under load
				throw new QueryTimeoutException("Redis command timed out",
						new RedisCommandTimeoutException("Command timed out after 1 second(s)"));
			}
		};
		JwtDecoder decoder = configuration.jwtDecoder(key, timingOut);
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.id("jti-1")
			.subject("trader")
			.expiresAt(Instant.now().plusSeconds(60))
			.build();
		String token = configuration.jwtEncoder(key)
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();

		// not a JwtException: Spring Security would answer that 401; this one reaches
		// RedisOutageFilter, which answers 503 with Retry-After for a Redis cause
		assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(QueryTimeoutException.class)
			.isNotInstanceOf(JwtException.class)
			.hasRootCauseInstanceOf(RedisCommandTimeoutException.class);
	}

	private static SecurityProperties properties(boolean demo, String secret) {
		return new SecurityProperties(demo, secret, Duration.ofHours(1), List.of(), 10_000, 12);
	}

}
