package io.orderprocessor.platform.security;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Outside the demo, the application refuses to start without a strong JWT secret. */
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

	private static SecurityProperties properties(boolean demo, String secret) {
		return new SecurityProperties(demo, secret, Duration.ofHours(1), List.of(), 10_000, 12);
	}

}
