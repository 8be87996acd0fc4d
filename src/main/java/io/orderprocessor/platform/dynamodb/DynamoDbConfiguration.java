package io.orderprocessor.platform.dynamodb;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DynamoDbConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DynamoDbConfiguration.class);

	@Bean(destroyMethod = "close")
	DynamoDbClient dynamoDbClient(DynamoDbProperties properties, MeterRegistry meters) {
		DynamoDbClient client = switch (properties.mode()) {
			case EMBEDDED -> throw new IllegalStateException("DynamoDB Local is not used");
			case ENDPOINT -> {
				if (properties.endpoint() == null) {
					throw new IllegalStateException(
							"app.dynamodb.endpoint is required when app.dynamodb.mode=endpoint");
				}
				log.info("DynamoDB at {}", properties.endpoint());
				// DynamoDB Local accepts any credentials; real ones come from the default
				// chain when set
				yield DynamoDbClient.builder()
					.endpointOverride(properties.endpoint())
					.region(Region.of(properties.region()))
					.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
					.httpClient(UrlConnectionHttpClient.create())
					.build();
			}
			case AWS -> {
				log.info("AWS DynamoDB in {}", properties.region());
				yield DynamoDbClient.builder()
					.region(Region.of(properties.region()))
					.credentialsProvider(DefaultCredentialsProvider.builder().build())
					.httpClient(UrlConnectionHttpClient.create())
					.build();
			}
		};
		return MeteredDynamoDbClient.wrap(client, meters);
	}

	@Bean
	DynamoDbStore dynamoDbStore(DynamoDbClient client, DynamoDbProperties properties) {
		TableBootstrap bootstrap = new TableBootstrap(client, properties.table());
		if (properties.createTable()) {
			bootstrap.createIfMissing();
		}
		return new DynamoDbStore(client, properties.table(), properties.maxAttempts());
	}

	@Bean
	DynamoDbHealthIndicator dynamodbHealthIndicator(DynamoDbClient client, DynamoDbProperties properties) {
		return new DynamoDbHealthIndicator(client, properties.table());
	}

}
