package io.orderprocessor.platform.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;
import redis.embedded.core.ExecutableProvider;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * In the embedded default ({@code app.redis.embedded=true}), makes sure a Redis answers
 * at the configured local address before anything connects: when none does, it starts a
 * real {@code redis-server} on that port for the life of the process, the system's binary
 * if there is one on the PATH, else the one shipped in the embedded-redis jar. Registered
 * in {@code META-INF/spring.factories} so it runs before the application context exists.
 */
public class RedisServerLauncher implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private static final Logger log = LoggerFactory.getLogger(RedisServerLauncher.class);

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment env = event.getEnvironment();
		if (!env.getProperty("app.redis.embedded", Boolean.class, false)) {
			return;
		}
		String host = env.getProperty("spring.data.redis.host", "localhost");
		int port = env.getProperty("spring.data.redis.port", Integer.class, 6379);
		String url = env.getProperty("spring.data.redis.url");
		if (url != null && !url.isBlank()) {
			URI uri = URI.create(url);
			host = uri.getHost();
			port = uri.getPort() > 0 ? uri.getPort() : 6379;
		}
		if (!isLoopback(host)) {
			return;
		}
		if (answers(port)) {
			log.info("Using the Redis that answers on port {}", port);
			return;
		}
		start(port);
	}

	/**
	 * Starts a Redis server on {@code port} of the loopback interface until the JVM ends.
	 * Keeps nothing on disk: Redis holds sessions, rate-limit buckets and caches only.
	 */
	public static void start(int port) {
		try {
			RedisServer server = server(port);
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.stop();
				}
				catch (IOException ignored) {
					// the process is ending anyway
				}
			}, "redis-server-stop"));
			log.info("No Redis answered on port {}: started a redis-server there for this process", port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start Redis on port " + port, ex);
		}
	}

	/**
	 * A Redis server, not started yet, on {@code port} of the loopback interface that
	 * keeps nothing on disk: the system's {@code redis-server} if there is one on the
	 * PATH, else the one shipped in the embedded-redis jar.
	 */
	public static RedisServer server(int port) throws IOException {
		ExecutableProvider binary;
		try {
			binary = ExecutableProvider.newExecutableInPath("redis-server");
		}
		catch (IOException notInstalled) {
			log.debug("No redis-server on the PATH: using the one shipped with embedded-redis");
			binary = ExecutableProvider.newJarResourceProvider();
		}
		return RedisServer.newRedisServer()
			.executableProvider(binary)
			.bind("127.0.0.1")
			.port(port)
			.setting("save \"\"")
			.setting("appendonly no")
			.build();
	}

	static boolean answers(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static boolean isLoopback(String host) {
		return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
	}

}
