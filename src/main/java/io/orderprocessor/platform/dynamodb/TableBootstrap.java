package io.orderprocessor.platform.dynamodb;

import java.util.List;

import io.orderprocessor.platform.store.Attributes;
import io.orderprocessor.platform.store.Index;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Creates the single table with its two global secondary indexes and TTL when missing,
 * and waits until it is active. The layout is {@code shared/spec/data.md}'s:
 * {@code PK}/{@code SK}, {@code GSI1} (open limit orders by symbol and price),
 * {@code GSI2} (audit events by actor, profiles under {@code USERS}, orders by day).
 */
final class TableBootstrap {

	private static final Logger log = LoggerFactory.getLogger(TableBootstrap.class);

	private static final String UNKNOWN_OPERATION = "UnknownOperationException";

	private final DynamoDbClient client;

	private final String table;

	TableBootstrap(DynamoDbClient client, String table) {
		this.client = client;
		this.table = table;
	}

	void createIfMissing() {
		try {
			client.describeTable(b -> b.tableName(table));
			log.info("DynamoDB table {} exists", table);
		}
		catch (ResourceNotFoundException missing) {
			create();
		}
		client.waiter().waitUntilTableExists(b -> b.tableName(table));
	}

	private void create() {
		try {
			client.createTable(b -> b.tableName(table)
				.billingMode(BillingMode.PAY_PER_REQUEST)
				.attributeDefinitions(stringAttribute(Attributes.PK), stringAttribute(Attributes.SK),
						stringAttribute(Attributes.GSI1PK), stringAttribute(Attributes.GSI1SK),
						stringAttribute(Attributes.GSI2PK), stringAttribute(Attributes.GSI2SK))
				.keySchema(hash(Attributes.PK), range(Attributes.SK))
				.globalSecondaryIndexes(index(Index.GSI1), index(Index.GSI2)));
			log.info("Created DynamoDB table {}", table);
		}
		catch (ResourceInUseException raced) {
			log.info("DynamoDB table {} was created by another instance", table);
		}
		client.waiter().waitUntilTableExists(b -> b.tableName(table));
		try {
			client.updateTimeToLive(b -> b.tableName(table)
				.timeToLiveSpecification(t -> t.enabled(true).attributeName(Attributes.EXPIRES_AT)));
		}
		catch (DynamoDbException ex) {
			if (ex.awsErrorDetails() == null || !UNKNOWN_OPERATION.equals(ex.awsErrorDetails().errorCode())) {
				throw ex;
			}
			// some DynamoDB-compatible servers (dynalite) have no TTL: reads still skip
			// expired items, they are just never deleted
			log.warn("DynamoDB endpoint has no time to live: expired items of {} stay stored", table);
		}
	}

	private static AttributeDefinition stringAttribute(String name) {
		return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
	}

	private static KeySchemaElement hash(String name) {
		return KeySchemaElement.builder().attributeName(name).keyType(KeyType.HASH).build();
	}

	private static KeySchemaElement range(String name) {
		return KeySchemaElement.builder().attributeName(name).keyType(KeyType.RANGE).build();
	}

	private static GlobalSecondaryIndex index(Index index) {
		return GlobalSecondaryIndex.builder()
			.indexName(index.name())
			.keySchema(List.of(hash(index.partitionAttribute()), range(index.sortAttribute())))
			.projection(Projection.builder().projectionType(ProjectionType.ALL).build())
			.build();
	}

}
