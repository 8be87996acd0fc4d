package io.orderprocessor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * A database of the test JVM's PostgreSQL for tests in which several application
 * instances (contexts or processes) share one store, as production instances share one
 * PostgreSQL server.
 */
public final class SharedDatabase implements AutoCloseable {

	private final String url;

	private SharedDatabase(String url) {
		this.url = url;
	}

	public static SharedDatabase create() {
		return new SharedDatabase(TestPostgres.newDatabase());
	}

	public String url() {
		return url;
	}

	/** Application arguments that point an instance at this database. */
	public String[] applicationArguments() {
		return new String[] { "--app.store=postgres", "--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres", "--spring.datasource.password=" };
	}

	@Override
	public void close() {
		// the database stays until the test JVM's server stops: instances may still be
		// closing their pools
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
