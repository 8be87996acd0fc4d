package io.orderprocessor.platform.observability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The original's health answer: {@code healthy} with 200 when every dependency is up,
 * {@code degraded} with 503 otherwise, and one word per dependency.
 */
@RestController
class HealthController {

	private final HealthEndpoint health;

	private final List<String> checks;

	HealthController(HealthEndpoint health, @Value("${app.health.checks:store,redis}") List<String> checks) {
		this.health = health;
		this.checks = checks;
	}

	@GetMapping("/health")
	ResponseEntity<HealthResponse> health() {
		Map<String, String> results = new LinkedHashMap<>();
		for (String name : checks) {
			results.put(name, isUp(health.healthForPath(name)) ? "up" : "down");
		}
		boolean healthy = results.values().stream().allMatch("up"::equals);
		return ResponseEntity.status(healthy ? 200 : 503)
			.body(new HealthResponse(healthy ? "healthy" : "degraded", "order-processor", results));
	}

	private static boolean isUp(HealthDescriptor descriptor) {
		return descriptor != null && Status.UP.equals(descriptor.getStatus());
	}

	record HealthResponse(String status, String service, Map<String, String> checks) {
	}

}
