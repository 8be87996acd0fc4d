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

	private final TokenRevocations revocations;

	private final Clock clock;

	TokenService(JwtEncoder encoder, SecurityProperties properties, TokenRevocations revocations) {
		this.encoder = encoder;
		this.properties = properties;
		this.revocations = revocations;
		this.clock = Clock.systemUTC();
	}

	public IssuedToken issue(String username, String role) {
		Instant now = clock.instant();
		String id = UUID.randomUUID().toString();
		Instant expiresAt = now.plus(properties.jwtTtl());
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.subject(username)
			.claim("role", role)
			.id(id)
			.issuedAt(now)
			.expiresAt(expiresAt)
			.build();
		String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
		// remembered per user so a password change or a lock can revoke every token
		revocations.issued(username, id, expiresAt);
		return new IssuedToken(token, properties.jwtTtl().toSeconds(), id);
	}

	/**
	 * @param value the signed JWT
	 * @param expiresInSeconds its lifetime
	 * @param id its {@code jti}
	 */
	public record IssuedToken(String value, long expiresInSeconds, String id) {
	}

}
