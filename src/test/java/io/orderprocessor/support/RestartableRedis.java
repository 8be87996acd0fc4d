package io.orderprocessor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import redis.embedded.RedisServer;

import org.springframework.test.context.DynamicPropertyRegistry;

import io.orderprocessor.platform.redis.RedisServerLauncher;

/**
 * A Redis of one test's own, on a fixed free port, that the test can stop and start again
 * on the same port (empty, as a restarted Redis without persistence is). Registered as a
 * static {@code @RegisterExtension} field, it stops after the test class.
 */
public final class RestartableRedis implements AfterAllCallback {

	private final int port;

	private RedisServer server;

	public RestartableRedis() {
		try (ServerSocket socket = new ServerSocket(0)) {
			this.port = socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		start();
	}

	public int port() {
		return port;
	}

	/**
	 * Points the application under test at this Redis (from a
	 * {@code @DynamicPropertySource}).
	 */
	public void applyTo(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.host", () -> "127.0.0.1");
		registry.add("spring.data.redis.port", this::port);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		stop();
	}

	public synchronized void start() {
		try {
			server = RedisServerLauncher.server(port);
			server.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public synchronized void stop() {
		try {
			if (server != null && server.isActive()) {
				server.stop();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
