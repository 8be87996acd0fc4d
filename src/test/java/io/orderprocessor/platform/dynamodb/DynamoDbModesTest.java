package io.orderprocessor.platform.dynamodb;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default keeps its data across restarts; endpoint mode reaches a shared
 * server.
 */
class DynamoDbModesTest {

	private final DynamoDbConfiguration configuration = new DynamoDbConfiguration();

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
