package io.orderprocessor.platform.redis;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedisCircuitTest {

	private final RedisCircuit circuit = new RedisCircuit(3, Duration.ofSeconds(1));

	@Test
	void opensAfterConsecutiveFailuresOnly() {
		circuit.recordFailure(new IllegalStateException());
		circuit.recordFailure(new IllegalStateException());
		circuit.recordSuccess();
		circuit.recordFailure(new IllegalStateException());
		circuit.recordFailure(new IllegalStateException());
		assertThat(circuit.isOpen()).as("two in a row").isFalse();

		circuit.recordFailure(new IllegalStateException());

		assertThat(circuit.isOpen()).isTrue();
		assertThat(circuit.lastError()).isEqualTo("IllegalStateException");
	}

	@Test
	void aFailedPingOpensAtOnceAndAGoodOneCloses() {
		circuit.trip(new RuntimeException("host:6379 refused"));
		assertThat(circuit.isOpen()).isTrue();
		assertThat(circuit.lastError()).as("no message, it may name hosts").isEqualTo("RuntimeException");

		circuit.recordSuccess();

		assertThat(circuit.isOpen()).isFalse();
	}

	@Test
	void retryAfterIsTheProbeIntervalInWholeSeconds() {
		assertThat(circuit.retryAfterSeconds()).isEqualTo(1);
		assertThat(new RedisCircuit(1, Duration.ofMillis(1500)).retryAfterSeconds()).isEqualTo(2);
		assertThat(new RedisCircuit(1, Duration.ofMillis(200)).retryAfterSeconds()).isEqualTo(1);
	}

}
