package io.orderprocessor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A PostgreSQL of one test's own that the test can stop and start again on the same port
 * and data directory: a real restart, its data kept. Registered as a static
 * {@code @RegisterExtension} field, it stops after the test class.
 */
public final class RestartablePostgres implements AfterAllCallback {

	private final Path data;

	private final int port;

	private EmbeddedPostgres server;

	public RestartablePostgres() {
		try {
			this.data = Files.createTempDirectory("restartable-postgres");
			this.data.toFile().deleteOnExit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server = start(0);
		this.port = server.getPort();
	}

	public synchronized String jdbcUrl() {
		return server.getJdbcUrl("postgres", "postgres");
	}

	/**
	 * Points the application under test at this PostgreSQL (from a
	 * {@code @DynamicPropertySource}).
	 */
	public void applyTo(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", this::jdbcUrl);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@Override
	public void afterAll(ExtensionContext context) {
		stop();
	}

	public synchronized void stop() {
		try {
			server.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public synchronized void start() {
		server = start(port);
	}

	private EmbeddedPostgres start(int port) {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(data)
				.setCleanDataDirectory(false);
			if (port > 0) {
				builder.setPort(port);
			}
			return builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
