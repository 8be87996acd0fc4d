package io.orderprocessor.platform.security;

import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import io.orderprocessor.platform.web.JsonErrorResponder;

/**
 * The application's security configuration for a web slice (a slice does not load it by
 * itself): both filter chains, CSRF, the headers and the sign-in redirects, with a fixed
 * signing key and no bearer tokens (slices test pages).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, DeviceCookies.class, JsonErrorResponder.class })
@EnableConfigurationProperties(SecurityProperties.class)
public class PageSliceSecurity {

	@Bean
	SecretKey jwtSigningKey() {
		return new SecretKeySpec("a web slice's key of 32 bytes or more".getBytes(StandardCharsets.UTF_8),
				"HmacSHA256");
	}

	@Bean
	JwtDecoder jwtDecoder() {
		return token -> {
			throw new BadJwtException("no bearer tokens in a web slice");
		};
	}

}
