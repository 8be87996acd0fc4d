package io.orderprocessor.inventory;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.orderprocessor.support.ApplicationInstances;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.TwoInstances;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin's catalogue change on one instance reaches another instance's market pages
 * through the announcement on Redis, not the periodic check: the test profile sets that
 * check to an hour.
 */
class CatalogueInstancesIT {

	@Test
	void anAssetSuspendedOnOneInstanceLosesItsTradeButtonsOnTheOther() {
		try (TwoInstances instances = TwoInstances.onOneDatabase()) {
			HttpTestClient onOne = ApplicationInstances.client(instances.one());
			HttpTestClient onTwo = ApplicationInstances.client(instances.two());
			assertThat(onTwo.get("/market/DOGE").body()).contains("id=\"buy-link\"");
			String adminToken = UserMother.adminToken(onOne);

			HttpResponse<String> suspended = onOne.send(onOne.request("/api/v1/admin/assets/DOGE")
				.header("Authorization", "Bearer " + adminToken)
				.header("Content-Type", "application/json")
				.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"is_active\": false}")));
			assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);

			Awaitility.await()
				.atMost(Duration.ofSeconds(5))
				.untilAsserted(() -> assertThat(onTwo.get("/market/DOGE").body()).doesNotContain("id=\"buy-link\"")
					.doesNotContain("id=\"sell-link\""));
		}
	}

}
