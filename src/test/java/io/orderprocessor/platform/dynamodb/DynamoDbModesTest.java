package io.orderprocessor.platform.dynamodb;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;
import software.amazon.dynamodb.services.local.shared.access.AmazonDynamoDBLocal;
import software.amazon.dynamodb.services.local.shared.exceptions.LocalDBAccessException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default keeps its data across restarts; endpoint mode reaches a shared
 * server.
 */
class DynamoDbModesTest {

	private final DynamoDbConfiguration configuration = new DynamoDbConfiguration();

	@Test
	void embeddedDataSurvivesARestart(@TempDir Path directory) {
		DynamoDbProperties properties = properties(DynamoDbProperties.Mode.EMBEDDED,
				directory.resolve("data/store.db").toString(), null);

		AmazonDynamoDBLocal first = configuration.embeddedDynamoDb(properties);
		DynamoDbStore store = storeOn(first.dynamoDbClient(), properties);
		store.write(store.transaction().putIfAbsent("item", item("KEEP#1", "A")));
		first.shutdown();

		AmazonDynamoDBLocal second = reopen(properties);
		try {
			assertThat(Files.exists(directory.resolve("data/store.db"))).isTrue();
			assertThat(storeOn(second.dynamoDbClient(), properties).get("KEEP#1", "A")).containsKey("note");
		}
		finally {
			second.shutdown();
		}
	}

	@Test
	void endpointModeTalksToASeparateDynamoDbLocalServer() throws Exception {
		int port = freePort();
		DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
				new String[] { "-inMemory", "-port", Integer.toString(port), "-disableTelemetry" });
		server.start();
		try {
			DynamoDbProperties properties = properties(DynamoDbProperties.Mode.ENDPOINT, "",
					URI.create("http://127.0.0.1:" + port));
			SimpleMeterRegistry meters = new SimpleMeterRegistry();
			DynamoDbClient one = configuration.dynamoDbClient(properties, null, meters);
			DynamoDbClient two = configuration.dynamoDbClient(properties, null, meters);

			storeOn(one, properties).write(storeOn(one, properties).transaction().put(item("SHARED#1", "A")));

			assertThat(storeOn(two, properties).get("SHARED#1", "A")).containsKey("note");
			one.close();
			two.close();
		}
		finally {
			server.stop();
		}
	}

	/**
	 * DynamoDB Local releases its SQLite file shortly after shutdown returns: its SQLite
	 * queue thread stops in the background. Opening the file before that thread ended
	 * fails after DynamoDB Local has already marked the path as in use (a static set it
	 * never clears on that failure), so every later attempt in this JVM would fail too:
	 * wait for the thread first.
	 */
	private AmazonDynamoDBLocal reopen(DynamoDbProperties properties) {
		Instant deadline = Instant.now().plusSeconds(20);
		String file = Path.of(properties.dataFile()).getFileName().toString();
		while (Thread.getAllStackTraces()
			.keySet()
			.stream()
			.anyMatch(t -> t.isAlive() && t.getName().startsWith("SQLiteQueue[") && t.getName().contains(file))
				&& Instant.now().isBefore(deadline)) {
			LockSupport.parkNanos(20_000_000L);
		}
		while (true) {
			try {
				return configuration.embeddedDynamoDb(properties);
			}
			catch (LocalDBAccessException | IllegalArgumentException stillInUse) {
				if (Instant.now().isAfter(deadline)) {
					throw stillInUse;
				}
				LockSupport.parkNanos(20_000_000L); // poll until the file is free, up to
													// the deadline
			}
		}
	}

	private DynamoDbStore storeOn(DynamoDbClient client, DynamoDbProperties properties) {
		return configuration.dynamoDbStore(client, properties);
	}

	private static DynamoDbProperties properties(DynamoDbProperties.Mode mode, String dataFile, URI endpoint) {
		return new DynamoDbProperties(mode, dataFile, endpoint, "us-east-1", "modes-test", true, 3);
	}

	private static Map<String, AttributeValue> item(String pk, String sk) {
		return Map.of(Keys.PK, AttributeValue.fromS(pk), Keys.SK, AttributeValue.fromS(sk), "note",
				AttributeValue.fromS("kept"));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
