package io.orderprocessor.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;

import io.orderprocessor.support.ApplicationInstances;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.SharedDatabase;
import io.orderprocessor.support.TwoInstances;
import io.orderprocessor.user.CashService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trading with more than one instance and through a crash: two instances (each running
 * the limit-order matcher) share one PostgreSQL database and one Redis; a separate
 * application process is killed with SIGKILL in the middle of a burst. Afterwards the
 * consistency rules of data.md hold and every acknowledged order exists.
 */
class TradingInstancesIT {

	/**
	 * Both matchers on; one JWT secret, so a token from one instance works on the other.
	 */
	static final String[] MATCHER = { "--app.orders.matcher.enabled=true", "--app.orders.matcher.period=300ms",
			"--app.security.jwt-secret=instances-of-one-deployment-share-this-secret" };

	@Test
	void twoInstancesWithTwoMatchersKeepEveryRule() throws Exception {
		try (TwoInstances instances = TwoInstances.onOneDatabase(MATCHER)) {
			ConfigurableApplicationContext one = instances.one();
			int[] ports = { ApplicationInstances.port(one), ApplicationInstances.port(instances.two()) };
			BigDecimal price = ethPrice(ports[0]);
			TradingLoad load = TradingLoad.prepare(ports[0]);
			// limits 3% around the price: about half of them cross and are filled by the
			// matchers
			load.run(ports, 16, 200, null, limit(price, "0.97"), limit(price, "1.03"));
			load.assertNoServerErrors();
			load.cancelPending(ports[1]);

			OrderQueries orders = one.getBean(OrderQueries.class);
			TradingInvariants.assertHold(one.getBean(CashService.class), orders, load.username());
			for (String id : load.acknowledged()) {
				assertThat(orders.get(load.username(), id)).as(id).isNotNull();
			}
		}
	}

	@Test
	void aProcessKilledInTheMiddleOfABurstLeavesNoHalfAppliedOrder(@TempDir Path directory) throws Exception {
		try (SharedDatabase database = SharedDatabase.create()) {
			int port = ApplicationInstances.freePort();
			Process process = ApplicationInstances.startProcess(port, directory.resolve("app.log"),
					arguments(database));
			TradingLoad load;
			try {
				BigDecimal price = ethPrice(port);
				load = TradingLoad.prepare(port);
				ExecutorService burst = Executors.newSingleThreadExecutor();
				try {
					Future<?> running = burst.submit(() -> {
						load.run(new int[] { port }, 8, 2000, null, limit(price, "0.97"), limit(price, "1.03"));
						return null;
					});
					Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> load.acknowledged().size() >= 25);
					ApplicationInstances.kill(process);
					running.get();
				}
				finally {
					burst.shutdownNow();
				}
			}
			finally {
				ApplicationInstances.kill(process);
			}

			try (ConfigurableApplicationContext restarted = ApplicationInstances.startInProcess(arguments(database))) {
				OrderQueries orders = restarted.getBean(OrderQueries.class);
				List<String> acknowledged = load.acknowledged();
				assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(25);
				for (String id : acknowledged) {
					assertThat(orders.get(load.username(), id)).as("acknowledged order %s", id).isNotNull();
				}
				load.cancelPending(ApplicationInstances.port(restarted));
				TradingInvariants.assertHold(restarted.getBean(CashService.class), orders, load.username());
			}
		}
	}

	static String[] arguments(SharedDatabase database) {
		String[] shared = database.applicationArguments();
		String[] all = new String[shared.length + MATCHER.length];
		System.arraycopy(shared, 0, all, 0, shared.length);
		System.arraycopy(MATCHER, 0, all, shared.length, MATCHER.length);
		return all;
	}

	static BigDecimal ethPrice(int port) {
		String body = new HttpTestClient(port).getJson("/api/v1/inventory/assets/ETH", null).body();
		return JsonMapper.builder().build().readTree(body).get("data").get("price_usd").decimalValue();
	}

	static String limit(BigDecimal price, String factor) {
		return price.multiply(new BigDecimal(factor)).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
	}

}
