package io.orderprocessor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * A DynamoDB Local server on a free port, for tests in which several application
 * instances (contexts or processes) share one store. In memory unless given a directory.
 */
public final class SharedDynamoDbServer implements AutoCloseable {

	private final DynamoDBProxyServer server;

	private final int port;

	private SharedDynamoDbServer(DynamoDBProxyServer server, int port) {
		this.server = server;
		this.port = port;
	}

	public static SharedDynamoDbServer inMemory() {
		return start(new String[] { "-inMemory" });
	}

	public static SharedDynamoDbServer inDirectory(String directory) {
		return start(new String[] { "-dbPath", directory, "-sharedDb" });
	}

	private static SharedDynamoDbServer start(String[] storage) {
		int port = freePort();
		String[] args = new String[storage.length + 3];
		System.arraycopy(storage, 0, args, 0, storage.length);
		args[storage.length] = "-port";
		args[storage.length + 1] = Integer.toString(port);
		args[storage.length + 2] = "-disableTelemetry";
		try {
			DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(args);
			server.start();
			return new SharedDynamoDbServer(server, port);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not start DynamoDB Local on port " + port, ex);
		}
	}

	public String endpoint() {
		return "http://127.0.0.1:" + port;
	}

	/** Application arguments that point an instance at this server. */
	public String[] applicationArguments() {
		return new String[] { "--app.dynamodb.mode=endpoint", "--app.dynamodb.endpoint=" + endpoint() };
	}

	@Override
	public void close() {
		try {
			server.stop();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
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
