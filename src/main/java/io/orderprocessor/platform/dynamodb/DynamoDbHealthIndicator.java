package io.orderprocessor.platform.dynamodb;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** Up when the table answers and is active. */
class DynamoDbHealthIndicator extends AbstractHealthIndicator {

	private final DynamoDbClient client;

	private final String table;

	DynamoDbHealthIndicator(DynamoDbClient client, String table) {
		super("DynamoDB health check failed");
		this.client = client;
		this.table = table;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		TableStatus status = client.describeTable(b -> b.tableName(table)).table().tableStatus();
		(status == TableStatus.ACTIVE ? builder.up() : builder.down()).withDetail("table", table)
			.withDetail("status", status.toString());
	}

}
