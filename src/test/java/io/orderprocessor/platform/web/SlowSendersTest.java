package io.orderprocessor.platform.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import io.orderprocessor.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, finding 2: 200 connections that announce a 100,000-byte sign-in body and send
 * one byte of it held every worker thread (Tomcat's 200 on Java 17, where virtual threads
 * are not available). With the per-address budget, the read timeouts and the body
 * deadline, a normal request from the same address is answered (at worst 429) while they
 * hang. The client's timeout is a bound on "answered", not a timing assertion.
 */
@IntegrationTest
class SlowSendersTest {

	@LocalServerPort
	int port;

	@Test
	void twoHundredSlowSendersDoNotKeepANormalRequestFromBeingAnswered() throws Exception {
		List<Socket> slow = new ArrayList<>();
		try {
			for (int i = 0; i < 200; i++) {
				slow.add(slowSignIn(port, 100_000));
			}
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			HttpResponse<String> normal = client
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/inventory/assets"))
					.timeout(Duration.ofSeconds(8))
					.GET()
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(normal.statusCode()).as("answered while 200 slow senders hang").isIn(200, 429);
			System.out.println("SlowSendersTest: a normal request answered " + normal.statusCode()
					+ " while 200 slow senders held their connections");
		}
		finally {
			for (Socket socket : slow) {
				close(socket);
			}
		}
		// the next tests share this address: wait until the budget is free again
		HttpClient client = HttpClient.newHttpClient();
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> client
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/inventory/assets"))
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200);
	}

	/**
	 * A sign-in that announces a body of {@code length} bytes and sends one byte of it.
	 * Under the sign-in body limit (16 KB) its request stays in progress until the body
	 * deadline or the close; over it, it is refused with 413 at once.
	 */
	static Socket slowSignIn(int port, int length) throws IOException {
		Socket socket = new Socket("127.0.0.1", port);
		OutputStream out = socket.getOutputStream();
		out.write(("POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
				+ "Content-Length: " + length + "\r\n\r\n{")
			.getBytes(StandardCharsets.US_ASCII));
		out.flush();
		return socket;
	}

	private static void close(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed by the server
		}
	}

}
