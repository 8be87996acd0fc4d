package io.orderprocessor.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.orderprocessor.OrderProcessorApplication;

/**
 * Whole application instances for tests of what only shows with more than one instance or
 * a process that dies: instances as Spring contexts in this JVM, or as a separate JVM
 * process that can be killed with SIGKILL. All use the test profile, the test JVM's
 * Redis, and the given application arguments (e.g.
 * {@link SharedDatabase#applicationArguments()}).
 */
public final class ApplicationInstances {

	private ApplicationInstances() {
	}

	/** Common arguments: a random port, the test profile, the test JVM's Redis. */
	public static List<String> baseArguments() {
		return List.of("--server.port=0", "--spring.profiles.active=test", "--spring.data.redis.host=127.0.0.1",
				"--spring.data.redis.port=" + TestRedis.port());
	}

	/** Starts an instance in this JVM; close the context to stop it. */
	public static ConfigurableApplicationContext startInProcess(String... arguments) {
		List<String> all = new ArrayList<>(baseArguments());
		all.addAll(List.of(arguments));
		return SpringApplication.run(OrderProcessorApplication.class, all.toArray(String[]::new));
	}

	public static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	/** A new client (no cookies) of the instance. */
	public static HttpTestClient client(ConfigurableApplicationContext context) {
		return new HttpTestClient(port(context));
	}

	/**
	 * Starts an instance as a separate JVM on {@code port} with this JVM's class path,
	 * and waits until it answers {@code /health}.
	 */
	public static Process startProcess(int port, Path log, String... arguments) throws IOException {
		List<String> command = new ArrayList<>(
				// the C1 compiler alone, as in the test JVMs (pom.xml): it starts in
				// about half the CPU time
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
						"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
						OrderProcessorApplication.class.getName()));
		command.addAll(baseArguments());
		command.set(command.indexOf("--server.port=0"), "--server.port=" + port);
		command.addAll(List.of(arguments));
		Files.createDirectories(log.getParent());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		awaitHealthy(process, port, log, Duration.ofSeconds(90));
		return process;
	}

	/**
	 * Kills the process at once, as a crash would: no shutdown hooks, no graceful stop.
	 */
	public static void kill(Process process) throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	public static int freePort() {
		return SharedDatabase.freePort();
	}

	private static void awaitHealthy(Process process, int port, Path log, Duration timeout) throws IOException {
		HttpTestClient http = new HttpTestClient(port);
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the application process ended; see " + log);
			}
			try {
				if (http.getJson("/health", null).statusCode() == 200) {
					return;
				}
			}
			catch (IllegalStateException notYet) {
				// not listening yet
			}
			try {
				process.waitFor(200, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		process.destroyForcibly();
		throw new IllegalStateException("the application did not become healthy in " + timeout + "; see " + log);
	}

}
