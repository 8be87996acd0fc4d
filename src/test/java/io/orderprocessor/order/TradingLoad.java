package io.orderprocessor.order;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.LoggerFactory;

import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A burst of mixed requests on one user through the API, spread over one or more
 * instances: market buys and sells, limit placements and cancellations, deposits and
 * withdrawals (and, between them, a matcher run). Records every status and every order
 * the client saw acknowledged.
 */
public final class TradingLoad {

	private static final Pattern ORDER_ID = Pattern.compile("\"order_id\":\"(ord_[0-9A-Z]+)\"");

	private final String username;

	private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();

	private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();

	private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

	private String token;

	private volatile String low = "2400";

	private volatile String high = "2600";

	private TradingLoad(String username) {
		this.username = username;
	}

	/**
	 * Runs {@code requests} requests from {@code threads} threads, round-robin over the
	 * ports; {@code matcher} is run now and then from the test's side (or null when the
	 * instances run their own). Limit orders are placed at {@code low} and {@code high}.
	 */
	public static TradingLoad start(int[] ports, int threads, int requests, Runnable matcher) throws Exception {
		TradingLoad load = prepare(ports[0]);
		load.run(ports, threads, requests, matcher, "2400", "2600");
		return load;
	}

	/** A new user with $5,000 and 0.5 ETH. */
	public static TradingLoad prepare(int port) {
		HttpTestClient setup = new HttpTestClient(port);
		String username = UserMother.uniqueUsername("load");
		TradingLoad load = new TradingLoad(username);
		load.token = UserMother.registeredToken(setup, username);
		load.send(setup, load.token, "/api/v1/balance/deposit", "{\"amount\": \"5000\"}");
		load.send(setup, load.token, "/api/v1/orders",
				"{\"order_type\": \"market_buy\", \"asset_id\": \"ETH\", \"quantity\": \"0.5\"}");
		return load;
	}

	public void run(int[] ports, int threads, int requests, Runnable matcher, String low, String high)
			throws Exception {
		this.low = low;
		this.high = high;
		ConcurrentLinkedQueue<String> pending = new ConcurrentLinkedQueue<>();
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				HttpTestClient http = new HttpTestClient(ports[t % ports.length]);
				futures.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
						one(http, token, i, pending, matcher);
					}
					return null;
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Cancels every order still pending (through the API), so nothing changes any more.
	 */
	public void cancelPending(int port) {
		HttpTestClient http = new HttpTestClient(port);
		for (int round = 0; round < 20; round++) {
			HttpResponse<String> open = http.getJson("/api/v1/orders?status=pending&limit=500", token);
			Matcher ids = ORDER_ID.matcher(open.body());
			boolean any = false;
			while (ids.find()) {
				any = true;
				send(http, token, "DELETE", "/api/v1/orders/" + ids.group(1), null);
			}
			if (!any) {
				return;
			}
		}
	}

	private void one(HttpTestClient http, String token, int i, ConcurrentLinkedQueue<String> pending,
			Runnable matcher) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		switch (i % 8) {
			case 0 -> order(http, token, "market_buy", "0.01", null, null);
			case 1 -> order(http, token, "market_sell", "0.01", null, null);
			case 2 -> order(http, token, "limit_buy", "0.01", random.nextBoolean() ? low : high, pending);
			case 3 -> order(http, token, "limit_sell", "0.01", random.nextBoolean() ? low : high, pending);
			case 4 -> {
				String id = pending.poll();
				if (id != null) {
					send(http, token, "DELETE", "/api/v1/orders/" + id, null);
				}
				else {
					order(http, token, "market_buy", "0.002", null, null);
				}
			}
			case 5 -> send(http, token, "/api/v1/balance/deposit", "{\"amount\": \"25\"}");
			case 6 -> send(http, token, "/api/v1/balance/withdraw", "{\"amount\": \"10\"}");
			default -> {
				if (matcher != null && i % 16 == 7) {
					matcher.run();
				}
				order(http, token, "market_sell", "0.002", null, null);
			}
		}
	}

	private void order(HttpTestClient http, String token, String type, String quantity, String price,
			ConcurrentLinkedQueue<String> pending) {
		String body = "{\"order_type\": \"" + type + "\", \"asset_id\": \"ETH\", \"quantity\": \"" + quantity + "\""
				+ (price == null ? "" : ", \"price\": \"" + price + "\"") + "}";
		HttpResponse<String> response = send(http, token, "/api/v1/orders", body);
		if (response != null && response.statusCode() == 201) {
			Matcher matcher = ORDER_ID.matcher(response.body());
			if (matcher.find()) {
				acknowledged.add(matcher.group(1));
				if (pending != null) {
					pending.add(matcher.group(1));
				}
			}
		}
	}

	HttpResponse<String> send(HttpTestClient http, String token, String path, String body) {
		return send(http, token, "POST", path, body);
	}

	HttpResponse<String> send(HttpTestClient http, String token, String method, String path, String body) {
		HttpRequest.Builder request = http.request(path)
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		try {
			HttpResponse<String> response = http.send(request);
			statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
			if (response.statusCode() >= 500) {
				failures.add(method + " " + path + " -> " + response.statusCode() + " " + response.body());
			}
			return response;
		}
		catch (IllegalStateException connectionLost) {
			failures.add(method + " " + path + " -> " + connectionLost.getMessage());
			return null;
		}
	}

	public String username() {
		return username;
	}

	/** Orders the client saw acknowledged with 201. */
	public List<String> acknowledged() {
		return List.copyOf(acknowledged);
	}

	public Map<Integer, AtomicInteger> statuses() {
		return statuses;
	}

	public void assertNoServerErrors() {
		LoggerFactory.getLogger(TradingLoad.class)
			.info("Load on {}: statuses {}, {} orders acknowledged", username, statuses, acknowledged.size());
		assertThat(failures).as("statuses " + statuses).isEmpty();
		assertThat(statuses.keySet()).as("only success or a clear 4xx")
			.allMatch(status -> status == 200 || status == 201 || status == 409 || status == 422);
		assertThat(acknowledged).as("some orders got through").isNotEmpty();
	}

}
