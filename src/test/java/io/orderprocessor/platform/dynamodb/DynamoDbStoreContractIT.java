package io.orderprocessor.platform.dynamodb;

import java.net.URI;
import java.util.UUID;

import io.orderprocessor.platform.store.StoreContract;
import io.orderprocessor.platform.store.StoreEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIf;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The store contract on DynamoDB, in a table of its own (created here, deleted after).
 * Runs when {@code -Dapp.store.dynamodb.endpoint} names a DynamoDB-compatible endpoint,
 * or against AWS DynamoDB when {@code AWS_REGION} and credentials are in the environment:
 * {@code ./mvnw verify -Pdynamodb -Dapp.store.dynamodb.endpoint=http://127.0.0.1:4567}.
 * {@code -Dapp.store.dynamodb.transactions=false} skips the multi-item atomic writes, for
 * servers without {@code TransactWriteItems} (dynalite).
 */
@EnabledIf("configured")
class DynamoDbStoreContractIT extends StoreContract {

	private static final String PREFIX = "app.store.dynamodb.";

	private static DynamoDbClient client;

	private static String table;

	private static StoreEngine engine;

	static boolean configured() {
		return endpoint() != null || (System.getenv("AWS_REGION") != null && (System.getenv("AWS_ACCESS_KEY_ID") != null
				|| System.getenv("AWS_PROFILE") != null || System.getenv("AWS_WEB_IDENTITY_TOKEN_FILE") != null));
	}

	@BeforeAll
	static void createTable() {
		table = property("table", "order-processor-contract") + "-" + UUID.randomUUID().toString().substring(0, 8);
		String region = property("region",
				System.getenv("AWS_REGION") != null ? System.getenv("AWS_REGION") : "us-east-1");
		client = DynamoDbConfiguration.client(new DynamoDbProperties(endpoint(), region, table, true,
				property("access-key", null), property("secret-key", null)));
		new TableBootstrap(client, table).createIfMissing();
		engine = new DynamoDbStoreEngine(client, table);
	}

	@AfterAll
	static void deleteTable() {
		if (client != null) {
			try {
				client.deleteTable(b -> b.tableName(table));
			}
			finally {
				client.close();
			}
		}
	}

	@Override
	protected StoreEngine engine() {
		return engine;
	}

	@Override
	protected boolean supportsTransactions() {
		return !"false".equals(property("transactions", "true"));
	}

	private static URI endpoint() {
		String endpoint = property("endpoint", null);
		return endpoint == null ? null : URI.create(endpoint);
	}

	/** The system property {@code app.store.dynamodb.<name>}; blank counts as unset. */
	private static String property(String name, String otherwise) {
		String value = System.getProperty(PREFIX + name);
		return value == null || value.isBlank() ? otherwise : value;
	}

}
