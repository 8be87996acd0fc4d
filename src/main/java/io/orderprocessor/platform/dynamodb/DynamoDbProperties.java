package io.orderprocessor.platform.dynamodb;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the business data lives.
 *
 * @param mode {@code embedded}: DynamoDB Local inside this process, no socket;
 * {@code endpoint}: a DynamoDB (Local) server at {@code endpoint}; {@code aws}: AWS
 * DynamoDB in {@code region} with the default credential chain
 * @param dataFile embedded mode only: the database file; blank keeps everything in memory
 * @param endpoint endpoint mode only
 * @param region the AWS region (DynamoDB Local accepts any)
 * @param table table name, prefix included (e.g. {@code prod-order-processor})
 * @param createTable create the table and its indexes on start when missing
 * @param maxAttempts how often a write that met a concurrent write is tried in all
 */
@ConfigurationProperties("app.dynamodb")
public record DynamoDbProperties(@DefaultValue("embedded") Mode mode,
		@DefaultValue("data/order-processor.db") String dataFile, URI endpoint,
		@DefaultValue("us-east-1") String region, @DefaultValue("order-processor") String table,
		@DefaultValue("true") boolean createTable, @DefaultValue("30") int maxAttempts) {

	public enum Mode {

		EMBEDDED, ENDPOINT, AWS

	}

}
