package io.orderprocessor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import redis.embedded.RedisServer;

import io.orderprocessor.platform.redis.RedisServerLauncher;

/**
 * A Redis of one test's own, on a fixed free port, that the test can stop and start again
 * on the same port (empty, as a restarted Redis without persistence is).
 */
public final class RestartableRedis {

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
