package io.orderprocessor.platform.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default's PostgreSQL: a real server from the binaries that ship as Maven
 * artifacts, started with the application and stopped with it, its data in a directory
 * that survives restarts (or a fresh temporary one). Not in the production jar.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/**
	 * Starts a server on {@code dataDirectory} (blank: a temporary directory, removed on
	 * stop).
	 */
	static EmbeddedPostgresServer start(String dataDirectory, int port) {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
			if (dataDirectory == null || dataDirectory.isBlank()) {
				builder.setCleanDataDirectory(true);
			}
			else {
				Path directory = Path.of(dataDirectory).toAbsolutePath();
				Files.createDirectories(directory);
				stopOrphan(directory);
				builder.setDataDirectory(directory).setCleanDataDirectory(false);
			}
			if (port > 0) {
				builder.setPort(port);
			}
			EmbeddedPostgres postgres = builder.start();
			log.info("Embedded PostgreSQL runs on 127.0.0.1:{}, data in {}", postgres.getPort(),
					dataDirectory == null || dataDirectory.isBlank() ? "a temporary directory" : dataDirectory);
			return new EmbeddedPostgresServer(postgres);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

	/**
	 * A process killed with SIGKILL leaves its PostgreSQL running on the data directory
	 * (the server is a process of its own): stop it so this start can take the directory
	 * over. Its data is safe: PostgreSQL shuts down cleanly on SIGTERM once its clients
	 * are gone, and recovers from its write-ahead log if it had not.
	 */
	private static void stopOrphan(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		long pid;
		try {
			pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
		}
		catch (RuntimeException ex) {
			return;
		}
		ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(false))
			.ifPresent(orphan -> {
				log.warn("Stopping the PostgreSQL (pid {}) that a previous run left on {}", pid, directory);
				orphan.destroy();
				try {
					orphan.onExit().get(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				catch (ExecutionException | TimeoutException ex) {
					orphan.destroyForcibly();
				}
			});
	}

	String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	@Override
	public void close() throws IOException {
		postgres.close();
	}

}
