package io.orderprocessor.platform.dynamodb;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

import io.orderprocessor.platform.store.StoreEngine;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The DynamoDB engine of the store, when {@code app.store=dynamodb}: a metered client and
 * the engine on the configured table (created on start when {@code create-table=true}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "app.store", havingValue = "dynamodb")
class DynamoDbConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DynamoDbConfiguration.class);

	@Bean(destroyMethod = "close")
	DynamoDbClient dynamoDbClient(DynamoDbProperties properties, MeterRegistry meters) {
		return MeteredDynamoDbClient.wrap(client(properties), meters);
	}

	@Bean
	StoreEngine dynamoDbStoreEngine(DynamoDbClient dynamoDbClient, DynamoDbProperties properties) {
		if (properties.createTable()) {
			new TableBootstrap(dynamoDbClient, properties.table()).createIfMissing();
		}
		return new DynamoDbStoreEngine(dynamoDbClient, properties.table());
	}

	/** A plain client of the configured endpoint or region. */
	static DynamoDbClient client(DynamoDbProperties properties) {
		DynamoDbClientBuilder builder = DynamoDbClient.builder()
			.region(Region.of(properties.region()))
			.httpClient(UrlConnectionHttpClient.create());
		if (properties.endpoint() == null) {
			log.info("AWS DynamoDB in {}, table {}", properties.region(), properties.table());
			return builder.credentialsProvider(DefaultCredentialsProvider.builder().build()).build();
		}
		log.info("DynamoDB at {}, table {}", properties.endpoint(), properties.table());
		return builder.endpointOverride(properties.endpoint())
			.credentialsProvider(endpointCredentials(properties))
			.build();
	}

	/**
	 * Configured keys; else the default chain's, else {@code local}/{@code local} (which
	 * local DynamoDB-compatible servers accept).
	 */
	private static AwsCredentialsProvider endpointCredentials(DynamoDbProperties properties) {
		if (properties.accessKey() != null && !properties.accessKey().isBlank()) {
			return StaticCredentialsProvider
				.create(AwsBasicCredentials.create(properties.accessKey(), properties.secretKey()));
		}
		return AwsCredentialsProviderChain.of(DefaultCredentialsProvider.builder().build(),
				StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
	}

}
