package io.orderprocessor.platform;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLSession;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.RestartablePostgres;
import io.orderprocessor.support.RestartableRedis;
import io.orderprocessor.user.ApiUser;
import io.orderprocessor.user.CashService;
import io.orderprocessor.user.LedgerEntry;
import io.orderprocessor.user.LedgerInvariants;
import io.orderprocessor.user.LedgerQuery;
import io.orderprocessor.user.LedgerType;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fault suite: under a steady load of page views (signed-in and anonymous) and
 * deposits, first Redis, then the database is stopped for 10 s and started again on the
 * same port (Redis empty, as a restart without persistence leaves it; PostgreSQL on the
 * same data directory). Every deposit carries an {@code Idempotency-Key}, and a client
 * whose deposit was refused or timed out sends it again with the same key until it is
 * acknowledged, as a careful client would. Asserted: no 500/502/504 (outage answers are
 * 503, counted apart), every acknowledged deposit in the ledger exactly once, none
 * duplicated by a retry, a revoked token never accepted while Redis is away, and a first
 * success within 5 s of each dependency's return (a polling deadline, not a speed
 * assert). The figures go to {@code target/fault-results.md} and the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.security.requests-per-minute=1000000", "app.cash.daily-deposit-limit=1000000" })
@ActiveProfiles("test")
class FaultSuiteIT {

	private static final Logger log = LoggerFactory.getLogger(FaultSuiteIT.class);

	private static final Duration OUTAGE = Duration.ofSeconds(10);

	private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(5);

	private static final Duration RECOVERY_BOUND = Duration.ofSeconds(5);

	private static final Pattern TRANSACTION_ID = Pattern.compile("\"transaction_id\":\"([0-9A-Z]{26})\"");

	@RegisterExtension
	static final RestartableRedis redis = new RestartableRedis();

	@RegisterExtension
	static final RestartablePostgres database = new RestartablePostgres();

	private static final StringBuilder results = new StringBuilder();

	@LocalServerPort
	int port;

	@Autowired
	CashService cash;

	@DynamicPropertySource
	static void ownDependencies(DynamicPropertyRegistry registry) {
		redis.applyTo(registry);
		database.applyTo(registry);
	}

	@AfterAll
	static void writeResults() throws IOException {
		Path file = Path.of("target", "fault-results.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "# Fault suite (FaultSuiteIT)\n\n" + results);
		log.info("Fault suite figures (target/fault-results.md):\n{}", results);
	}

	@Test
	void redisAndTheDatabaseStoppedFor10sUnderLoadLoseAndDuplicateNothing() throws Exception {
		HttpTestClient http = new HttpTestClient(port);
		ApiUser user = UserMother.apiUser(http, "fault");
		String revoked = UserMother.token(http, user.username(), UserMother.PASSWORD);
		assertThat(send(http, "POST", "/api/v1/auth/logout", revoked, null, null).statusCode()).isIn(200, 204);
		assertThat(send(http, "GET", "/api/v1/balance", revoked, null, null).statusCode()).isEqualTo(401);

		Figures redisFigures = underLoad("Redis", user.username(), user.token(), revoked, redis::stop, redis::start);
		Figures databaseFigures = underLoad("Database", user.username(), user.token(), revoked, database::stop,
				database::start);

		// every acknowledged deposit is in the ledger exactly once, and nothing else is
		List<LedgerEntry> deposits = new ArrayList<>();
		cash.forEachEntry(user.username(), LedgerQuery.all(500), entry -> {
			if (entry.type() == LedgerType.DEPOSIT) {
				deposits.add(entry);
			}
		});
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		acknowledged.addAll(redisFigures.transactions.values());
		acknowledged.addAll(databaseFigures.transactions.values());
		long lost = acknowledged.stream()
			.filter(id -> deposits.stream().noneMatch(entry -> entry.id().equals(id)))
			.count();
		// clients retry until acknowledged and a replay answers the first entry's id, so
		// an
		// entry no client saw acknowledged is a deposit moved twice
		long duplicated = deposits.stream().filter(entry -> !acknowledged.contains(entry.id())).count();
		results.append("\n**Deposits**: ")
			.append(acknowledged.size())
			.append(" acknowledged (each with its own key, retried with the same key until acknowledged), ")
			.append(deposits.size())
			.append(" in the ledger; lost: ")
			.append(lost)
			.append(", duplicated: ")
			.append(duplicated)
			.append(".\n");
		assertThat(lost).as("acknowledged deposits lost").isZero();
		assertThat(duplicated).as("deposits in the ledger no client saw acknowledged (a duplicate)").isZero();
		assertThat(deposits).as("one ledger entry per key").hasSize(redisFigures.keys() + databaseFigures.keys());
		assertThat(cash.balance(user.username()).balance())
			.isEqualByComparingTo(BigDecimal.valueOf(redisFigures.keys() + databaseFigures.keys()).setScale(2));
		LedgerInvariants.assertHold(cash, user.username());
		for (Figures figures : List.of(redisFigures, databaseFigures)) {
			assertThat(figures.serverErrors()).as("%s: 500/502/504 answers %s", figures.name, figures.statuses)
				.isZero();
			assertThat(figures.revokedAccepted.get()).as("%s: a revoked token accepted", figures.name).isZero();
			// revocations are kept in the store: a Redis restarted empty does not bring
			// the token back
			assertThat(figures.revokedAfter).as("%s: the revoked token after the return", figures.name).isEqualTo(401);
		}
	}

	/**
	 * Two page viewers (one signed in, one anonymous) and two depositors for 3 s, then
	 * the dependency stops for 10 s, then starts again; the load goes on until every
	 * deposit is acknowledged and 3 s have passed since the first success after the
	 * return.
	 */
	private Figures underLoad(String name, String username, String token, String revoked, Runnable stop, Runnable start)
			throws Exception {
		Figures figures = new Figures(name);
		AtomicLong stopAfter = new AtomicLong(Long.MAX_VALUE);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<?>> load = new ArrayList<>();
		HttpTestClient signedIn = UserMother.signedIn(port, username, UserMother.PASSWORD);
		load.add(pool.submit(() -> viewPages(figures, stopAfter, username, signedIn)));
		load.add(pool.submit(() -> viewPages(figures, stopAfter, username, null)));
		for (int depositor = 0; depositor < 2; depositor++) {
			int id = depositor;
			load.add(pool.submit(() -> deposit(figures, stopAfter, token, name.toLowerCase() + "-" + id)));
		}
		await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(30)).until(() -> figures.ok.get() > 0);

		stop.run();
		figures.down = true;
		long stoppedAt = System.nanoTime();
		HttpTestClient probe = new HttpTestClient(port);
		await().atMost(OUTAGE.plusSeconds(5))
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(200))
			.until(() -> {
				// a revoked token must stay refused while the dependency is away
				int status = send(probe, "GET", "/api/v1/balance", revoked, null, figures).statusCode();
				if (status == 200) {
					figures.revokedAccepted.incrementAndGet();
				}
				return System.nanoTime() - stoppedAt >= OUTAGE.toNanos();
			});
		start.run();
		long startedAt = System.nanoTime();
		figures.down = false;
		// four pollers, 100 ms apart: a request that began while the dependency was away
		// may take its full timeout to fail, and must not hide the first success
		AtomicLong firstSuccessAt = new AtomicLong();
		ExecutorService pollers = Executors.newFixedThreadPool(4);
		for (int i = 0; i < 4; i++) {
			long offset = Duration.ofMillis(100L * i).toNanos();
			pollers.submit(() -> {
				HttpTestClient poller = new HttpTestClient(port);
				LockSupport.parkNanos(offset);
				while (firstSuccessAt.get() == 0 && System.nanoTime() - startedAt < RECOVERY_BOUND.toNanos()) {
					if (send(poller, "GET", "/api/v1/balance", token, null, null).statusCode() == 200) {
						firstSuccessAt.compareAndSet(0, System.nanoTime());
					}
				}
			});
		}
		await("a first success within 5 s of " + name + " returning").atMost(RECOVERY_BOUND.plusMillis(500))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> firstSuccessAt.get() != 0);
		pollers.shutdown();
		figures.recoveryMillis = (firstSuccessAt.get() - startedAt) / 1_000_000;
		assertThat(figures.recoveryMillis).as("first success after %s returned, ms", name)
			.isLessThanOrEqualTo(RECOVERY_BOUND.toMillis());
		figures.revokedAfter = send(probe, "GET", "/api/v1/balance", revoked, null, null).statusCode();
		stopAfter.set(System.nanoTime() + Duration.ofSeconds(3).toNanos());
		for (Future<?> future : load) {
			future.get(2, TimeUnit.MINUTES);
		}
		pool.shutdown();
		figures.report(results);
		return figures;
	}

	/**
	 * Views pages every 20 ms: the dashboard when {@code signedIn} is given, else the
	 * market.
	 */
	private void viewPages(Figures figures, AtomicLong stopAfter, String username, HttpTestClient signedIn) {
		HttpTestClient browser = signedIn != null ? signedIn : new HttpTestClient(port);
		while (System.nanoTime() < stopAfter.get()) {
			HttpResponse<String> page = send(browser, "GET", signedIn != null ? "/dashboard" : "/market", null, null,
					figures);
			if (signedIn != null && page.statusCode() == 302) {
				// the session went with Redis's data: sign in again, as a person would
				figures.signInsAgain.incrementAndGet();
				HttpTestClient again = new HttpTestClient(port);
				HttpResponse<String> form = send(again, "GET", "/login", null, null, figures);
				if (form.statusCode() == 200) {
					HttpResponse<String> signIn = send(again, "POST", "/login", null, "username=" + username
							+ "&password=" + UserMother.PASSWORD + "&_csrf=" + HttpTestClient.csrfToken(form.body()),
							figures);
					if (signIn.statusCode() == 302) {
						browser = again;
					}
				}
			}
			LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
		}
	}

	private void deposit(Figures figures, AtomicLong stopAfter, String token, String prefix) {
		HttpTestClient http = new HttpTestClient(port);
		for (int n = 0;; n++) {
			String key = "fault-" + prefix + "-" + n;
			figures.keys.incrementAndGet();
			boolean acknowledged = false;
			while (!acknowledged) {
				HttpResponse<String> response = send(http, "POST", "/api/v1/balance/deposit", token,
						"{\"amount\": \"1\"}", figures, key);
				if (response.statusCode() == 201 || response.statusCode() == 200) {
					Matcher id = TRANSACTION_ID.matcher(response.body());
					assertThat(id.find()).as(response.body()).isTrue();
					String before = figures.transactions.putIfAbsent(key, id.group(1));
					assertThat(before == null || before.equals(id.group(1))).as("a replay answers the first deposit")
						.isTrue();
					if (response.statusCode() == 200) {
						figures.replays.incrementAndGet();
					}
					acknowledged = true;
				}
				else {
					figures.retries.incrementAndGet();
					LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
				}
			}
			if (System.nanoTime() >= stopAfter.get()) {
				return;
			}
			LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
		}
	}

	private static HttpResponse<String> send(HttpTestClient http, String method, String path, String token, String body,
			Figures figures) {
		return send(http, method, path, token, body, figures, null);
	}

	/**
	 * One request, bounded by the client timeout; a timeout or a lost connection counts
	 * and answers as status 0.
	 */
	private static HttpResponse<String> send(HttpTestClient http, String method, String path, String token, String body,
			Figures figures, String idempotencyKey) {
		HttpRequest.Builder request = http.request(path).timeout(CLIENT_TIMEOUT);
		boolean json = path.startsWith("/api/");
		request.header("Accept", json ? "application/json" : "text/html");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		if (body != null) {
			request.header("Content-Type", json ? "application/json" : "application/x-www-form-urlencoded");
		}
		request.method(method,
				body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		long start = System.nanoTime();
		HttpResponse<String> response;
		try {
			response = http.send(request);
		}
		catch (IllegalStateException ex) {
			if (figures != null) {
				(ex.getCause() instanceof HttpTimeoutException ? figures.timeouts : figures.connectionErrors)
					.incrementAndGet();
			}
			return new FailedResponse();
		}
		if (figures != null) {
			figures.count(response.statusCode(), (System.nanoTime() - start) / 1_000_000);
		}
		return response;
	}

	/** What one phase saw. */
	private static final class Figures {

		final String name;

		final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();

		final Map<String, String> transactions = new ConcurrentHashMap<>();

		final AtomicInteger ok = new AtomicInteger();

		final AtomicInteger keys = new AtomicInteger();

		final AtomicInteger retries = new AtomicInteger();

		final AtomicInteger replays = new AtomicInteger();

		final AtomicInteger timeouts = new AtomicInteger();

		final AtomicInteger connectionErrors = new AtomicInteger();

		final AtomicInteger revokedAccepted = new AtomicInteger();

		final AtomicInteger signInsAgain = new AtomicInteger();

		final AtomicLong slowest503Millis = new AtomicLong();

		volatile boolean down;

		volatile long recoveryMillis;

		volatile int revokedAfter;

		Figures(String name) {
			this.name = name;
		}

		void count(int status, long millis) {
			statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
			if (status < 400) {
				ok.incrementAndGet();
			}
			if (status == 503) {
				slowest503Millis.accumulateAndGet(millis, Math::max);
			}
		}

		int keys() {
			return keys.get();
		}

		long serverErrors() {
			return statuses.entrySet()
				.stream()
				.filter(e -> e.getKey() >= 500 && e.getKey() != 503)
				.mapToLong(e -> e.getValue().get())
				.sum();
		}

		void report(StringBuilder out) {
			int total = statuses.values().stream().mapToInt(AtomicInteger::get).sum();
			out.append("\n## ")
				.append(name)
				.append(" stopped for ")
				.append(OUTAGE.toSeconds())
				.append(" s\n\n| figure | value |\n|---|---|\n");
			row(out, "requests answered", total);
			row(out, "by status", new TreeMap<>(statuses));
			row(out, "503 answers (outage, with Retry-After)", statuses.getOrDefault(503, new AtomicInteger()).get());
			row(out, "slowest 503", slowest503Millis.get() + " ms");
			row(out, "500/502/504", serverErrors());
			row(out, "client timeouts (" + CLIENT_TIMEOUT.toSeconds() + " s)", timeouts.get());
			row(out, "connection errors", connectionErrors.get());
			row(out, "first success after the return", recoveryMillis + " ms");
			row(out, "deposits (keys)",
					keys.get() + ", client retries " + retries.get() + ", replays answered 200 " + replays.get());
			row(out, "revoked token accepted during the outage", revokedAccepted.get());
			row(out, "revoked token after the return", "HTTP " + revokedAfter);
			row(out, "signed-in viewer had to sign in again", signInsAgain.get() + " times");
		}

		private static void row(StringBuilder out, String figure, Object value) {
			out.append("| ").append(figure).append(" | ").append(value).append(" |\n");
		}

	}

	/** What {@link #send} answers for a request that got no response. */
	private static final class FailedResponse implements HttpResponse<String> {

		@Override
		public int statusCode() {
			return 0;
		}

		@Override
		public HttpRequest request() {
			return null;
		}

		@Override
		public Optional<HttpResponse<String>> previousResponse() {
			return Optional.empty();
		}

		@Override
		public HttpHeaders headers() {
			return HttpHeaders.of(Map.of(), (a, b) -> true);
		}

		@Override
		public String body() {
			return "";
		}

		@Override
		public Optional<SSLSession> sslSession() {
			return Optional.empty();
		}

		@Override
		public URI uri() {
			return null;
		}

		@Override
		public HttpClient.Version version() {
			return HttpClient.Version.HTTP_1_1;
		}

	}

}
