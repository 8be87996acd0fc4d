package io.orderprocessor.platform.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A forged {@code Host} header never becomes the host of a redirect: the way to sign-in
 * and the way back after it are relative paths.
 */
@IntegrationTest
class RedirectHostTest {

	private static final Pattern SESSION = Pattern.compile("(?im)^Set-Cookie: (SESSION=[^;]+)");

	@LocalServerPort
	int port;

	@Test
	void aSignedOutVisitWithAForgedHostRedirectsToARelativeSignInAndBack() throws IOException {
		String first = send("GET /dashboard HTTP/1.1\r\nHost: evil.example\r\nAccept: text/html\r\n");

		assertThat(first).startsWith("HTTP/1.1 302");
		assertThat(location(first)).hasValue("/login");
		Matcher session = SESSION.matcher(first);
		assertThat(session.find()).isTrue();
		String cookie = session.group(1);

		String page = send(
				"GET /login HTTP/1.1\r\nHost: evil.example\r\nAccept: text/html\r\nCookie: " + cookie + "\r\n");
		String csrf = HttpTestClient.csrfToken(page);
		String body = "username=demo_trader&password=" + URLEncoder.encode("Demo!Trader2026", StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		String signIn = send("POST /login HTTP/1.1\r\nHost: evil.example\r\nCookie: " + cookie
				+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
				+ body.getBytes(StandardCharsets.UTF_8).length + "\r\n", body);

		assertThat(signIn).startsWith("HTTP/1.1 302");
		assertThat(location(signIn)).hasValueSatisfying(l -> assertThat(l).startsWith("/dashboard"));
	}

	private static Optional<String> location(String response) {
		Matcher m = Pattern.compile("(?im)^Location: ([^\r\n]+)").matcher(response);
		return m.find() ? Optional.of(m.group(1).trim()) : Optional.empty();
	}

	private String send(String head) throws IOException {
		return send(head, "");
	}

	private String send(String head, String body) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write((head + "Connection: close\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			in.transferTo(all);
			return all.toString(StandardCharsets.UTF_8);
		}
	}

}
