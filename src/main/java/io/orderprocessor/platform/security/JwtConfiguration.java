package io.orderprocessor.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** HS256 signing and verification of API tokens with one secret from configuration. */
@Configuration(proxyBeanMethods = false)
class JwtConfiguration {

	private static final Logger log = LoggerFactory.getLogger(JwtConfiguration.class);

	private static final int MIN_SECRET_BYTES = 32;

	@Bean
	SecretKey jwtSigningKey(SecurityProperties properties) {
		String secret = properties.jwtSecret();
		if (secret == null || secret.isBlank()) {
			if (!properties.demoMode()) {
				throw new IllegalStateException(
						"app.security.jwt-secret (APP_SECURITY_JWT_SECRET) is required outside demo mode: at least "
								+ MIN_SECRET_BYTES + " bytes");
			}
			byte[] random = new byte[MIN_SECRET_BYTES];
			new SecureRandom().nextBytes(random);
			log.info("Demo mode: API tokens are signed with a secret generated for this run");
			return new SecretKeySpec(random, "HmacSHA256");
		}
		byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
		if (bytes.length < MIN_SECRET_BYTES) {
			throw new IllegalStateException("app.security.jwt-secret must be at least " + MIN_SECRET_BYTES + " bytes");
		}
		return new SecretKeySpec(bytes, "HmacSHA256");
	}

	/**
	 * Checks signature and expiry, then that the token was not revoked (logout, password
	 * change, account lock). If the denylist in Redis cannot be read (Redis down, or a
	 * command that timed out under load), the request fails closed with that error, which
	 * {@code RedisOutageFilter} answers 503 with {@code Retry-After}: the token is not
	 * judged, so its holder is not told it is invalid (a 401 would sign API clients out
	 * for an overload).
	 */
	@Bean
	JwtDecoder jwtDecoder(SecretKey key, TokenRevocations revocations) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
		OAuth2Error revoked = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The token was revoked", null);
		OAuth2TokenValidator<Jwt> notRevoked = jwt -> jwt.getId() == null || revocations.isRevoked(jwt.getId())
				? OAuth2TokenValidatorResult.failure(revoked) : OAuth2TokenValidatorResult.success();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefault(), notRevoked));
		return decoder;
	}

	@Bean
	JwtEncoder jwtEncoder(SecretKey key) {
		return new NimbusJwtEncoder(new ImmutableSecret<>(key));
	}

}
