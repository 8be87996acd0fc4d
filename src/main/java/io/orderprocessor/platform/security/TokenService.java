package io.orderprocessor.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;

/**
 * Issues the API's bearer tokens: {@code sub}, {@code role}, {@code jti}, {@code iat},
 * {@code exp}.
 */
@Service
public class TokenService {

	private final JwtEncoder encoder;

	private final SecurityProperties properties;

	private final Clock clock;

	TokenService(JwtEncoder encoder, SecurityProperties properties) {
		this.encoder = encoder;
		this.properties = properties;
		this.clock = Clock.systemUTC();
	}

	public IssuedToken issue(String username, String role) {
		Instant now = clock.instant();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.subject(username)
			.claim("role", role)
			.id(UUID.randomUUID().toString())
			.issuedAt(now)
			.expiresAt(now.plus(properties.jwtTtl()))
			.build();
		String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
		return new IssuedToken(token, properties.jwtTtl().toSeconds());
	}

	public record IssuedToken(String value, long expiresInSeconds) {
	}

}
