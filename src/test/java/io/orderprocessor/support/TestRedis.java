package io.orderprocessor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

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
