package io.orderprocessor.load;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import io.orderprocessor.load.LoadSetup.User;
import io.orderprocessor.load.ResultsTable.Reference;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doSwitch;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.onCase;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The load suite (issue 12): the original platform's k6 scenarios replayed against the
 * API and the pages of an application started for the run ({@code ./mvnw -Pload verify}),
 * with the two references measured in the same run, a static file and the store's raw
 * atomic write. Every step runs after the one before it has finished; the table goes to
 * {@code target/load-results.md} and the log.
 */
public class LoadSuiteSimulation extends Simulation {

	static final String BASE_URL = System.getProperty("load.base-url", "http://127.0.0.1:8080");

	static final String JDBC_URL = System.getProperty("load.jdbc-url", "jdbc:postgresql://127.0.0.1:5432/postgres");

	static final Path RESULTS = Path.of(System.getProperty("load.results", "target/load-results.md"));

	/** Seconds of each open-model step (latency mix, contention). */
	static final int STEP = Integer.getInteger("load.duration", 20);

	/** Seconds of each closed-model page step and of the order steps. */
	static final int SHORT_STEP = Math.max(5, STEP * 2 / 5);

	/**
	 * Concurrent users of the closed-model steps (the issue's measurements used 8
	 * connections).
	 */
	static final int CLOSED_USERS = 8;

	static final int POOL_SIZE = 60;

	static final String OPENING_CASH = "50000.00";

	static final int[] MIX_RATES = { 50, 200, 500 };

	static final int[] CONTENTION_RATES = { 50, 100 };

	static final int[] ORDER_RATES = { 10, 20, 40, 80, 160, 320 };

	static final double ORDER_P99_LIMIT_MS = 100;

	static final int RATE_LIMIT_USERS = 200;

	static final int RATE_LIMIT_ENOUGH = 1000;

	static final String ORDER_JSON = "{\"order_type\": \"market_buy\", \"asset_id\": \"ETH\", \"quantity\": \"0.001\"}";

	static final BigDecimal ORDER_QUANTITY = new BigDecimal("0.001");

	private static final List<User> pool = Collections.synchronizedList(new ArrayList<>());

	private static volatile User contended;

	private static final AtomicLong rotation = new AtomicLong();

	private static final AtomicLong idempotency = new AtomicLong();

	private static final ResultsTable table = new ResultsTable();

	/** What the contention scenario changed on its one user, from the answers it got. */
	static final Contention contention = new Contention();

	private static final AtomicInteger rateLimited = new AtomicInteger();

	private static volatile boolean ordersStopped;

	private static volatile long rateLimitDeadline;

	private final LoadSetup setup = new LoadSetup(BASE_URL);

	private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.shareConnections()
		.disableCaching()
		.disableFollowRedirect()
		.acceptEncodingHeader("gzip, deflate")
		.userAgentHeader("order-processor-load")
		.header("X-Forwarded-For", session -> session.getString("ip"));

	{
		List<PopulationBuilder> steps = new ArrayList<>();
		steps.add(warmUp());
		steps.add(staticReference());
		for (int rate : CONTENTION_RATES) {
			steps.add(contention(rate));
			steps.add(drain("2 contention, one user @" + rate + "/s"));
		}
		steps.addAll(pages());
		steps.add(anonymousBrowsing());
		steps.add(signedInBrowsing());
		for (int i = 0; i < ORDER_RATES.length; i++) {
			steps.add(orders(i));
		}
		// the latency mix late: a server that cannot keep up with 500/s is still working
		// off
		// what it was sent long after the drain's 30 s, and the steps after it would meet
		// that
		for (int i = 0; i < MIX_RATES.length; i++) {
			steps.add(latencyMix(i));
			steps.add(drain("1 latency mix @" + MIX_RATES[i] + "/s"));
		}
		steps.add(rateLimiting());
		PopulationBuilder chain = steps.get(steps.size() - 1);
		for (int i = steps.size() - 2; i >= 0; i--) {
			chain = steps.get(i).andThen(chain);
		}
		setUp(chain).protocols(protocol);
	}

	@Override
	public void before() {
		try {
			Files.deleteIfExists(RESULTS);
			long start = System.currentTimeMillis();
			String run = Long.toString(start % 1_000_000_000L, 36);
			pool.addAll(setup.users("load" + run + "_", POOL_SIZE, OPENING_CASH));
			contended = setup.user("load" + run + "_one", OPENING_CASH);
			// before any step has changed the users: nothing on a live part moves yet
			table.wireTargets(new WireCheck(BASE_URL).measure(pool.get(0),
					setup.signedUp("load" + run + "_new", Addresses.next())));
			table.note("Set-up: " + (POOL_SIZE + 1) + " users registered, signed in and funded through the API in "
					+ (System.currentTimeMillis() - start) / 1000 + " s.");
			StoreReference.measure(JDBC_URL, 4, 10_000);
			table.row(StoreReference.ROW, "JDBC, 4 threads, 10 s", "max", Reference.IS_STORE);
		}
		catch (Exception ex) {
			throw new IllegalStateException("load set-up failed", ex);
		}
	}

	@Override
	public void after() {
		try {
			table.note(contention.check(setup, contended));
			String markdown = table.markdown(ordersStopped);
			Files.createDirectories(RESULTS.toAbsolutePath().getParent());
			Files.writeString(RESULTS, markdown);
			System.out.println();
			System.out.println(markdown);
		}
		catch (Exception ex) {
			throw new IllegalStateException("could not write " + RESULTS, ex);
		}
	}

	// ---- the steps

	private PopulationBuilder warmUp() {
		ScenarioBuilder warmUp = scenario("warm-up").feed(users())
			.exec(newAddress())
			.exec(during(Duration.ofSeconds(10), false).on(call(rows("warm-up"), health()),
					call(rows("warm-up"), assets()), call(rows("warm-up"), balance()),
					call(rows("warm-up"), http("landing").get("/")),
					call(rows("warm-up"), http("market").get("/market")),
					call(rows("warm-up"), http("asset page").get("/market/BTC")), call(rows("warm-up"), order())));
		return warmUp.injectOpen(atOnceUsers(4));
	}

	private PopulationBuilder staticReference() {
		String row = "reference: static file `/css/app.css`";
		table.row(row, "closed, " + CLOSED_USERS + " users, " + SHORT_STEP + " s", "max", Reference.IS_STATIC);
		return scenario(row).exec(newAddress())
			.exec(during(Duration.ofSeconds(SHORT_STEP), false)
				.on(call(rows(row), http("static file").get("/css/app.css"))))
			.injectOpen(atOnceUsers(CLOSED_USERS));
	}

	/** Scenario 1: health, profile, inventory list, balance and a $1 deposit, rotated. */
	private PopulationBuilder latencyMix(int step) {
		int rate = MIX_RATES[step];
		String row = "1 latency mix @" + rate + "/s";
		table.row(row, "open, " + STEP + " s", rate + "/s", Reference.OF_STATIC);
		String[] names = { "GET /health", "GET /api/v1/auth/profile", "GET /api/v1/inventory/assets",
				"GET /api/v1/balance", "POST /api/v1/balance/deposit $1" };
		for (String name : names) {
			table.detail(row + " · " + name, row);
		}
		ScenarioBuilder mix = scenario(row).feed(users())
			.exec(newAddress())
			.exec(session -> session.set("op", (int) (rotation.getAndIncrement() % names.length)))
			.exec(doSwitch("#{op}").on(onCase(0).then(call(rows(row, names[0]), health())),
					onCase(1).then(call(rows(row, names[1]), bearer(http("profile").get("/api/v1/auth/profile")))),
					onCase(2).then(call(rows(row, names[2]), assets())),
					onCase(3).then(call(rows(row, names[3]), balance())),
					onCase(4).then(call(rows(row, names[4]), deposit("1.00")))));
		return mix.injectOpen(constantUsersPerSec(rate).during(Duration.ofSeconds(STEP)));
	}

	/** Scenario 2: deposits, withdrawals and market buys on ONE user. */
	private PopulationBuilder contention(int rate) {
		String row = "2 contention, one user @" + rate + "/s";
		table.row(row, "open, " + STEP + " s", rate + "/s", Reference.NONE);
		String[] names = { "deposit $1", "withdraw $1", "market buy 0.001 ETH" };
		for (String name : names) {
			table.detail(row + " · " + name, row);
		}
		ScenarioBuilder scenario = scenario(row).exec(newAddress())
			.exec(session -> session.set("token", contended.token())
				.set("op", (int) (rotation.getAndIncrement() % names.length)))
			.exec(doSwitch("#{op}").on(
					onCase(0).then(call(rows(row, names[0]), deposit("1.00"), contention::deposited)),
					onCase(1).then(call(rows(row, names[1]), withdraw("1.00"), contention::withdrew)),
					onCase(2).then(call(rows(row, names[2]), order(), contention::bought))));
		return scenario.injectOpen(constantUsersPerSec(rate).during(Duration.ofSeconds(STEP)));
	}

	/**
	 * Scenario 4, one page at a time: closed model at full speed, as the issue measured
	 * them, so each page's rate compares with the static file's.
	 */
	private List<PopulationBuilder> pages() {
		List<PopulationBuilder> steps = new ArrayList<>();
		steps.add(page("GET /health", health(), false));
		steps.add(page("GET /api/v1/inventory/assets", assets(), false));
		steps.add(page("GET / (landing)", http("landing").get("/"), false));
		steps.add(page("GET /market", http("market").get("/market"), false));
		steps.add(page("GET /market/BTC", http("asset page").get("/market/BTC"), false));
		steps.add(page("GET /dashboard", http("dashboard").get("/dashboard"), true));
		steps.add(page("POST /trading/preview (htmx)", preview(), true));
		steps.add(page("GET /portfolio", http("portfolio").get("/portfolio"), true));
		return steps;
	}

	private PopulationBuilder page(String name, HttpRequestActionBuilder request, boolean signedIn) {
		String row = "4 page alone: " + name;
		table.row(row, "closed, " + CLOSED_USERS + " users, " + SHORT_STEP + " s", "max", Reference.OF_STATIC);
		ChainBuilder start = exec(newAddress());
		if (signedIn) {
			start = start.exec(signIn());
		}
		return scenario(row).feed(users())
			.exec(start)
			.exec(during(Duration.ofSeconds(SHORT_STEP), false).on(call(rows(row), request)))
			.injectOpen(atOnceUsers(CLOSED_USERS));
	}

	/** Scenario 4: anonymous landing, market, asset page. */
	private PopulationBuilder anonymousBrowsing() {
		String row = "4 browsing, anonymous: landing → market → asset";
		table.row(row, "closed, " + CLOSED_USERS + " users, " + STEP + " s", "max", Reference.NONE);
		table.detail(row + " · GET /", row);
		table.detail(row + " · GET /market", row);
		table.detail(row + " · GET /market/{symbol}", row);
		return scenario(row).exec(newAddress())
			.exec(during(Duration.ofSeconds(STEP), false).on(exec(session -> session.set("symbol", symbol())),
					call(rows(row, "GET /"), http("landing").get("/")),
					call(rows(row, "GET /market"), http("market").get("/market")),
					call(rows(row, "GET /market/{symbol}"), http("asset page").get("/market/#{symbol}"))))
			.injectOpen(atOnceUsers(CLOSED_USERS));
	}

	/** Scenario 4: signed in, dashboard, trade preview, order, portfolio; a user each. */
	private PopulationBuilder signedInBrowsing() {
		String row = "4 browsing, signed in: dashboard → preview → order → portfolio";
		table.row(row, "closed, " + CLOSED_USERS + " users, " + STEP + " s", "max", Reference.NONE);
		String[] names = { "GET /dashboard", "POST /trading/preview", "POST /trading/orders", "GET /portfolio" };
		for (String name : names) {
			table.detail(row + " · " + name, row);
		}
		return scenario(row).feed(users())
			.exec(newAddress())
			.exec(signIn())
			.exec(during(Duration.ofSeconds(STEP), false).on(
					call(rows(row, names[0]), http("dashboard").get("/dashboard")),
					call(rows(row, names[1]), preview()), call(rows(row, names[2]), pageOrder(), session -> {
						if (session.getString("trigger") != null
								&& session.getString("trigger").contains("order-placed")) {
							Recorder.row(row + " · " + names[2]).note("orders placed (HX-Trigger order-placed)");
						}
					}), call(rows(row, names[3]), http("portfolio").get("/portfolio"))))
			.injectOpen(atOnceUsers(CLOSED_USERS));
	}

	/** Scenario 5: market buys through the API across the pool, one rate per step. */
	private PopulationBuilder orders(int step) {
		int rate = ORDER_RATES[step];
		String row = "5 orders across " + POOL_SIZE + " users @" + rate + "/s";
		table.row(row, "open, " + SHORT_STEP + " s", rate + "/s", Reference.OF_STORE);
		table.orderStep(row);
		return scenario(row).feed(users())
			.exec(newAddress())
			.exec(doIf(session -> ordersRun(step)).then(call(rows(row), order())))
			.injectOpen(constantUsersPerSec(rate).during(Duration.ofSeconds(SHORT_STEP)));
	}

	/**
	 * Scenario 3: 200 users behind ONE address, more than its limit of requests a minute;
	 * runs until that limit has answered 429 a thousand times (or 45 s).
	 */
	private PopulationBuilder rateLimiting() {
		String row = "3 rate limiting: " + RATE_LIMIT_USERS + " users, one address";
		table.row(row, "closed, " + RATE_LIMIT_USERS + " users, 100 ms pauses", "max", Reference.NONE);
		table.rateLimitRow(row);
		String address = Addresses.shared();
		return scenario(row).feed(users()).exec(session -> {
			synchronized (LoadSuiteSimulation.class) {
				if (rateLimitDeadline == 0) {
					rateLimitDeadline = System.currentTimeMillis() + 45_000;
				}
			}
			return session.set("ip", address);
		})
			.exec(asLongAs(
					session -> rateLimited.get() < RATE_LIMIT_ENOUGH && System.currentTimeMillis() < rateLimitDeadline)
				.on(call(rows(row), balance(), LoadSuiteSimulation::countRateLimited), pause(Duration.ofMillis(100))))
			.injectOpen(atOnceUsers(RATE_LIMIT_USERS));
	}

	private static void countRateLimited(Session session) {
		if (session.contains("st") && session.getInt("st") == 429) {
			Recorder.Row row = Recorder.row("3 rate limiting: " + RATE_LIMIT_USERS + " users, one address");
			boolean retryAfter = session.getString("ra") != null;
			boolean rateHeaders = session.getString("rlLimit") != null && session.getString("rlRemaining") != null
					&& session.getString("rlReset") != null;
			if (retryAfter && rateHeaders) {
				row.note("429 with Retry-After and X-RateLimit-Limit/-Remaining/-Reset");
				rateLimited.incrementAndGet();
			}
			else if (retryAfter) {
				row.note("429 with Retry-After, without X-RateLimit-*");
			}
			else {
				row.note("429 without Retry-After");
			}
		}
	}

	/**
	 * Waits (up to 30 s) until the static file answers within 250 ms again: requests the
	 * load generator gave up on are still worked off by the server, and the next step
	 * should not meet them. How long that took goes below the table.
	 */
	private PopulationBuilder drain(String after) {
		return scenario("drain after " + after).exec(newAddress())
			.exec(session -> session.set("drainStart", System.currentTimeMillis()).set("drained", false))
			.asLongAs(session -> !session.getBoolean("drained")
					&& System.currentTimeMillis() - session.getLong("drainStart") < 30_000)
			.on(exec(session -> session.remove("rt")),
					exec(http("drain").get("/css/app.css").check(responseTimeInMillis().saveAs("rt"))),
					exec(session -> session.set("drained", session.contains("rt") && session.getInt("rt") < 250)
						.markAsSucceeded()),
					pause(Duration.ofMillis(500)))
			.exec(session -> {
				long took = System.currentTimeMillis() - session.getLong("drainStart");
				if (took > 2_000) {
					table.note("After \"" + after + "\" the server needed " + took / 1000
							+ " s to answer the static file within 250 ms again"
							+ (session.getBoolean("drained") ? "." : " (it still had not: the wait ends at 30 s)."));
				}
				return session;
			})
			.injectOpen(atOnceUsers(1));
	}

	private static synchronized boolean ordersRun(int step) {
		if (ordersStopped) {
			return false;
		}
		if (step > 0) {
			Recorder.Row previous = Recorder
				.existing("5 orders across " + POOL_SIZE + " users @" + ORDER_RATES[step - 1] + "/s");
			if (previous == null || previous.percentile(99) > ORDER_P99_LIMIT_MS) {
				ordersStopped = true;
				for (int i = step; i < ORDER_RATES.length; i++) {
					table.skipped("5 orders across " + POOL_SIZE + " users @" + ORDER_RATES[i] + "/s",
							"not run: p99 passed 100 ms @" + ORDER_RATES[step - 1] + "/s");
				}
				return false;
			}
		}
		return true;
	}

	// ---- requests

	private static HttpRequestActionBuilder health() {
		return http("health").get("/health");
	}

	private static HttpRequestActionBuilder assets() {
		return http("inventory").get("/api/v1/inventory/assets");
	}

	private static HttpRequestActionBuilder balance() {
		return bearer(http("balance").get("/api/v1/balance"));
	}

	private static HttpRequestActionBuilder deposit(String amount) {
		return bearer(http("deposit").post("/api/v1/balance/deposit"))
			.body(StringBody("{\"amount\": \"" + amount + "\"}"))
			.asJson();
	}

	private static HttpRequestActionBuilder withdraw(String amount) {
		return bearer(http("withdraw").post("/api/v1/balance/withdraw"))
			.body(StringBody("{\"amount\": \"" + amount + "\"}"))
			.asJson();
	}

	private static HttpRequestActionBuilder order() {
		return bearer(http("market buy").post("/api/v1/orders")).body(StringBody(ORDER_JSON))
			.asJson()
			.check(jsonPath("$.data.total_amount").optional().saveAs("total"));
	}

	private static HttpRequestActionBuilder preview() {
		return http("trade preview").post("/trading/preview")
			.header("HX-Request", "true")
			.formParam("_csrf", "#{csrf}")
			.formParam("asset", "ETH")
			.formParam("side", "buy")
			.formParam("type", "market")
			.formParam("quantity", "0.001");
	}

	private static HttpRequestActionBuilder pageOrder() {
		return http("page order").post("/trading/orders")
			.header("HX-Request", "true")
			.formParam("_csrf", "#{csrf}")
			.formParam("asset", "ETH")
			.formParam("side", "buy")
			.formParam("type", "market")
			.formParam("quantity", "0.001")
			.formParam("idempotencyKey", session -> "load-" + idempotency.incrementAndGet() + "-" + session.userId())
			.check(header("HX-Trigger").optional().saveAs("trigger"));
	}

	private static HttpRequestActionBuilder bearer(HttpRequestActionBuilder request) {
		return request.header("Authorization", "Bearer #{token}");
	}

	/**
	 * Form sign-in as a browser does it, then the CSRF token of the signed-in session.
	 */
	private static ChainBuilder signIn() {
		return exec(http("sign-in page").get("/login").check(css("input[name='_csrf']", "value").saveAs("csrf")))
			.exec(http("sign in").post("/login")
				.formParam("username", "#{username}")
				.formParam("password", LoadSetup.PASSWORD)
				.formParam("_csrf", "#{csrf}")
				.check(status().is(302), header("Location").not("/login?error")))
			.exec(http("dashboard for its CSRF token").get("/dashboard")
				.check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")));
	}

	/**
	 * One request, recorded under each of {@code rows}: its status (none: no answer), its
	 * time, and the rate-limit headers it carried.
	 */
	private static ChainBuilder call(String[] rows, HttpRequestActionBuilder request) {
		return call(rows, request, session -> {
		});
	}

	private static ChainBuilder call(String[] rows, HttpRequestActionBuilder request, Consumer<Session> after) {
		return exec(
				session -> session.removeAll("st", "rt", "ra", "rlLimit", "rlRemaining", "rlReset", "total", "trigger"))
			.exec(request.check(status().saveAs("st"), responseTimeInMillis().saveAs("rt"),
					header("Retry-After").optional().saveAs("ra"),
					header("X-RateLimit-Limit").optional().saveAs("rlLimit"),
					header("X-RateLimit-Remaining").optional().saveAs("rlRemaining"),
					header("X-RateLimit-Reset").optional().saveAs("rlReset")))
			.exec(session -> {
				long now = System.currentTimeMillis();
				int status = session.contains("st") ? session.getInt("st") : Recorder.NO_ANSWER;
				long micros = session.contains("rt") ? session.getInt("rt") * 1000L : requestTimeoutMicros();
				for (String row : rows) {
					Recorder.record(row, status, micros, now);
				}
				after.accept(session);
				return session.markAsSucceeded();
			});
	}

	/** A row and its detail row ({@code row · detail}). */
	private static String[] rows(String row, String detail) {
		return new String[] { row, row + " · " + detail };
	}

	private static String[] rows(String row) {
		return new String[] { row };
	}

	private static long requestTimeoutMicros() {
		return Long.getLong("gatling.http.requestTimeout", 60_000) * 1000L;
	}

	private static ChainBuilder newAddress() {
		return exec(session -> session.set("ip", Addresses.next()));
	}

	private static String symbol() {
		String[] symbols = { "BTC", "ETH", "SOL", "XRP", "ADA" };
		return symbols[(int) (rotation.getAndIncrement() % symbols.length)];
	}

	/**
	 * The pool's users in turn, read when a virtual user starts (the pool is made in
	 * before()).
	 */
	private static Iterator<Map<String, Object>> users() {
		AtomicLong next = new AtomicLong();
		return Stream.generate(() -> {
			User user = pool.get((int) (next.getAndIncrement() % pool.size()));
			return Map.<String, Object>of("username", user.username(), "token", user.token());
		}).iterator();
	}

}
