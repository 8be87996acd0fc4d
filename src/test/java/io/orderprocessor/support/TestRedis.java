package io.orderprocessor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.springframework.test.context.DynamicPropertyRegistry;

import io.orderprocessor.platform.redis.RedisServerLauncher;

/**
 * One real Redis server per test JVM, on a free port, started the way the application
 * does.
 */
public final class TestRedis {

	private static final int PORT = start();

	private TestRedis() {
	}

	public static int port() {
		return PORT;
	}

	/**
	 * Points the application under test at this Redis (from a
	 * {@code @DynamicPropertySource}).
	 */
	public static void applyTo(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.host", () -> "127.0.0.1");
		registry.add("spring.data.redis.port", TestRedis::port);
	}

	private static int start() {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		RedisServerLauncher.start(port);
		return port;
	}

}
