package io.orderprocessor.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * OWASP's "device cookies" against username lockout: a browser or program that signed in
 * as a user gets a signed cookie naming that user and a random device id. Sign-in
 * attempts that carry a valid device cookie for the username they try are not held by the
 * per-username limit meant for strangers (they have a per-device limit of their own), so
 * an attacker's wrong passwords cannot lock the owner out. Signed with HMAC-SHA256 under
 * the API token secret; nothing is stored.
 */
@Component
public class DeviceCookies {

	public static final String NAME = "DEVICE";

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	private final SecretKey key;

	private final Duration maxAge;

	private final boolean alwaysSecure;

	private final SecureRandom random = new SecureRandom();

	DeviceCookies(SecretKey jwtSigningKey, @Value("${app.signin.device-cookie-max-age:90d}") Duration maxAge,
			@Value("${app.session.secure-cookie:false}") boolean alwaysSecure) {
		this.key = jwtSigningKey;
		this.maxAge = maxAge;
		this.alwaysSecure = alwaysSecure;
	}

	/** A new cookie value for {@code username} (normalised). */
	public String issue(String username) {
		byte[] id = new byte[16];
		random.nextBytes(id);
		String payload = BASE64.encodeToString(username.getBytes(StandardCharsets.UTF_8)) + "."
				+ HexFormat.of().formatHex(id);
		return payload + "." + sign(payload);
	}

	/**
	 * The device id of {@code value} when it is a valid cookie for {@code username}.
	 */
	public Optional<String> deviceOf(String value, String username) {
		if (value == null || username == null) {
			return Optional.empty();
		}
		String[] parts = value.split("\\.", -1);
		if (parts.length != 3 || parts[2].isEmpty()) {
			return Optional.empty();
		}
		String payload = parts[0] + "." + parts[1];
		if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
				parts[2].getBytes(StandardCharsets.US_ASCII))) {
			return Optional.empty();
		}
		String named = BASE64.encodeToString(username.getBytes(StandardCharsets.UTF_8));
		return named.equals(parts[0]) ? Optional.of(parts[1]) : Optional.empty();
	}

	/** The device cookie a request carries, or null. */
	public static String read(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (NAME.equals(cookie.getName())) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}

	/** The {@code Set-Cookie} value of a new device cookie for {@code username}. */
	public String setCookieHeader(HttpServletRequest request, String username) {
		return ResponseCookie.from(NAME, issue(username))
			.path("/")
			.maxAge(maxAge)
			.httpOnly(true)
			.sameSite("Lax")
			.secure(alwaysSecure || request.isSecure())
			.build()
			.toString();
	}

	/** Adds a new device cookie for {@code username} to the response. */
	public void write(HttpServletRequest request, HttpServletResponse response, String username) {
		response.addHeader("Set-Cookie", setCookieHeader(request, username));
	}

	private String sign(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			mac.update("device-cookie:".getBytes(StandardCharsets.UTF_8));
			return BASE64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
