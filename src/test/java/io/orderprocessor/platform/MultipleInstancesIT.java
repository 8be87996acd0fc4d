package io.orderprocessor.platform;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import io.orderprocessor.support.ApplicationInstances;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.SharedDynamoDbServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application is stateless: instances share sessions and data, and survive a crash.
 */
class MultipleInstancesIT {

	@Test
	void aSessionStartedOnOneInstanceWorksOnAnother() {
		try (SharedDynamoDbServer dynamoDb = SharedDynamoDbServer.inMemory();
				ConfigurableApplicationContext one = ApplicationInstances
					.startInProcess(dynamoDb.applicationArguments());
				ConfigurableApplicationContext two = ApplicationInstances
					.startInProcess(dynamoDb.applicationArguments())) {
			HttpTestClient onOne = new HttpTestClient(ApplicationInstances.port(one));
			HttpResponse<String> signIn = onOne.postForm("/login", "/login",
					"username=demo_trader&password=Demo!Trader2026");
			String session = signIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];

			HttpTestClient onTwo = new HttpTestClient(ApplicationInstances.port(two));
			HttpResponse<String> dashboard = onTwo
				.send(onTwo.request("/dashboard").header("Accept", "text/html").header("Cookie", session));

			assertThat(dashboard.statusCode()).isEqualTo(200);
			assertThat(dashboard.body()).contains("demo_trader");
		}
	}

	@Test
	void aKilledProcessRestartsOnItsData(@TempDir Path directory) throws Exception {
		int port = ApplicationInstances.freePort();
		String dataFile = "--app.dynamodb.data-file=" + directory.resolve("data/order-processor.db");
		Path log = directory.resolve("app.log");

		Process first = ApplicationInstances.startProcess(port, log, dataFile);
		ApplicationInstances.kill(first);
		Process second = ApplicationInstances.startProcess(port, log, dataFile);
		try {
			HttpResponse<String> health = new HttpTestClient(port).getJson("/health", null);
			assertThat(health.body()).contains("\"dynamodb\":\"up\"");
		}
		finally {
			ApplicationInstances.kill(second);
		}
	}

}
