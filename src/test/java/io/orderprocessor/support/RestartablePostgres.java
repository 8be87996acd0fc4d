package io.orderprocessor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL of one test's own that the test can stop and start again on the same port
 * and data directory: a real restart, its data kept.
 */
public final class RestartablePostgres {

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
