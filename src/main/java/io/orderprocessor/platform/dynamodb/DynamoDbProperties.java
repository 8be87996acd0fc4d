package io.orderprocessor.platform.dynamodb;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The DynamoDB engine of the store ({@code app.store=dynamodb}).
 *
 * @param endpoint any DynamoDB-compatible endpoint; none: AWS DynamoDB in {@code region}
 * with the default credential chain
 * @param region the AWS region (other endpoints accept any)
 * @param table table name, environment prefix included (e.g.
 * {@code prod-order-processor})
 * @param createTable create the table, its indexes and TTL on start when missing (never
 * in {@code prod})
 * @param accessKey with an endpoint only: static credentials; none: the default chain's,
 * else {@code local}/{@code local}
 * @param secretKey with {@code accessKey}
 */
@ConfigurationProperties("app.store.dynamodb")
public record DynamoDbProperties(URI endpoint, @DefaultValue("us-east-1") String region,
		@DefaultValue("order-processor") String table, @DefaultValue("false") boolean createTable, String accessKey,
		String secretKey) {

}
