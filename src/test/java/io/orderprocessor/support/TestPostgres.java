package io.orderprocessor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL server per test JVM (the embedded default's binaries, a temporary
 * data directory), and a new empty database on it for each application context or group
 * of instances, so tests never see each other's data.
 */
public final class TestPostgres {

	private static final EmbeddedPostgres SERVER = start();

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private TestPostgres() {
	}

	/** The JDBC URL of a new, empty database (user {@code postgres}, no password). */
	public static String newDatabase() {
		String name = "test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
		try (Connection connection = DriverManager.getConnection(SERVER.getJdbcUrl("postgres", "postgres"));
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the test database " + name, ex);
		}
		return SERVER.getJdbcUrl("postgres", name);
	}

	/**
	 * Points the application under test at a new database of this server (from a
	 * {@code @DynamicPropertySource}).
	 */
	public static void applyNewDatabaseTo(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", TestPostgres::newDatabase);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	public static int port() {
		return SERVER.getPort();
	}

	private static EmbeddedPostgres start() {
		try {
			EmbeddedPostgres server = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException ignored) {
					// the JVM is ending; the temporary directory goes with it
				}
			}));
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
