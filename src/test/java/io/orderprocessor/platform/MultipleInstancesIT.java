package io.orderprocessor.platform;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.orderprocessor.support.ApplicationInstances;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.TwoInstances;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application is stateless: instances share sessions and data, and survive a crash.
 */
class MultipleInstancesIT {

	@Test
	void aSessionStartedOnOneInstanceWorksOnAnother() {
		try (TwoInstances instances = TwoInstances.onOneDatabase()) {
			HttpTestClient onOne = ApplicationInstances.client(instances.one());
			HttpResponse<String> signIn = onOne.signIn("demo_trader", "Demo!Trader2026");
			String session = HttpTestClient.cookie(signIn, "SESSION");

			HttpTestClient onTwo = ApplicationInstances.client(instances.two());
			HttpResponse<String> dashboard = onTwo
				.send(onTwo.request("/dashboard").header("Accept", "text/html").header("Cookie", session));

			assertThat(dashboard.statusCode()).isEqualTo(200);
			assertThat(dashboard.body()).contains("demo_trader");
		}
	}

	@Test
	void moneyDepositedBeforeAKillIsThereAfterTheRestart(@TempDir Path directory) throws Exception {
		int port = ApplicationInstances.freePort();
		// the embedded default: a PostgreSQL of the process's own on a data directory
		String dataFile = "--app.store.postgres.data-dir=" + directory.resolve("data/postgres");
		Path log = directory.resolve("app.log");
		String username = UserMother.uniqueUsername("crash");

		Process first = ApplicationInstances.startProcess(port, log, dataFile);
		HttpTestClient before = new HttpTestClient(port);
		String token = UserMother.registeredToken(before, username);
		HttpResponse<String> deposit = before.send(before.request("/api/v1/balance/deposit")
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"amount\": \"123.45\"}")));
		assertThat(deposit.statusCode()).isEqualTo(201);
		ApplicationInstances.kill(first);

		Process second = ApplicationInstances.startProcess(port, log, dataFile);
		try {
			HttpTestClient after = new HttpTestClient(port);
			String newToken = UserMother.token(after, username, UserMother.PASSWORD);
			assertThat(after.getJson("/api/v1/balance", newToken).body()).contains("\"current_balance\":\"123.45\"");
		}
		finally {
			ApplicationInstances.kill(second);
		}
	}

}
