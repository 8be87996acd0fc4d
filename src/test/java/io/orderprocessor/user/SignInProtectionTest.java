package io.orderprocessor.user;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import io.orderprocessor.audit.AuditEntry;
import io.orderprocessor.audit.AuditLog;
import io.orderprocessor.audit.AuditQuery;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.support.RateLimitedAnswers;
import io.orderprocessor.support.Traders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Brute-force protection and the per-address and per-user limits at their real counts,
 * with blocks of ten seconds (long enough that a burst of concurrent attempts is all
 * answered within the block, even on a busy machine; a block that ends mid-burst lets the
 * next five through), in a context of their own. Clients are told apart by
 * {@code X-Forwarded-For}, which this context trusts from 127.0.0.1 as behind a proxy.
 */
@IntegrationTest
@TestPropertySource(properties = { "server.forward-headers-strategy=native", "app.signin.ip-max-failures=5",
		"app.signin.ip-window=5m", "app.signin.ip-block=10s", "app.signin.username-max-failures=10",
		"app.signin.username-window=15m", "app.signin.username-block=10s", "app.signin.registrations-per-hour=10",
		"app.cash.operations-per-minute=60" })
class SignInProtectionTest {

	private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

	@LocalServerPort
	int port;

	HttpTestClient http;

	@Autowired
	Traders traders;

	@Autowired
	AuditLog audit;

	@BeforeEach
	void client() {
		http = new HttpTestClient(port);
	}

	@Test
	void afterFiveFailuresFromOneAddressTheSixthIsRefusedEvenWithTheRightPasswordUntilTheBlockEnds() {
		String ip = newAddress();
		String username = traders.registered("brute");
		for (int i = 0; i < 5; i++) {
			// unknown usernames count as much as wrong passwords
			String who = i % 2 == 0 ? username : "nobody_" + i;
			assertThat(login(ip, who, "Wrong!Pass1234").statusCode()).isEqualTo(401);
		}

		HttpResponse<String> sixth = login(ip, username, UserMother.PASSWORD);

		assertThat(sixth.statusCode()).isEqualTo(403);
		assertThat(sixth.body()).isEqualTo("{\"detail\":\"Too many failed sign-in attempts; try again in 1 minute\"}");
		assertThat(login(newAddress(), username, UserMother.PASSWORD).statusCode()).as("another address")
			.isEqualTo(200);
		assertThat(sixth.headers().firstValue("Retry-After"))
			.hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 10L));
		HttpResponse<String> page = pageLogin(ip, username, UserMother.PASSWORD);
		assertThat(page.statusCode()).as("the page's block").isEqualTo(403);
		assertThat(page.headers().firstValue("Retry-After")).isPresent();
		assertThat(page.body()).contains("sign-in from here is blocked for 1 minute");

		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> login(ip, username, UserMother.PASSWORD).statusCode() == 200);
	}

	@Test
	void tenFailuresForOneUsernameFromAnywhereBlockThatUsername() {
		String username = traders.registered("target");
		for (int i = 0; i < 10; i++) {
			assertThat(login(newAddress(), username, "Wrong!Pass1234").statusCode()).isEqualTo(401);
		}

		assertThat(login(newAddress(), username, UserMother.PASSWORD).statusCode()).isEqualTo(403);
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> login(newAddress(), username, UserMother.PASSWORD).statusCode() == 200);
	}

	@Test
	void blocksAndFailuresAreAudited() {
		String username = traders.registered("audited");
		String ip = newAddress();
		login(ip, username, UserMother.PASSWORD);

		assertThat(audit.byActor(username, 10)).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo("user.signed_in");
			assertThat(entry.ipAddress()).isEqualTo(ip);
			assertThat(entry.requestId()).isNotBlank();
			assertThat(entry.details()).containsEntry("channel", "api");
		});
	}

	@Test
	void oneAddressMayCreateTenAccountsAnHour() {
		String ip = newAddress();
		for (int i = 0; i < 10; i++) {
			assertThat(register(ip, UserMother.uniqueUsername("many")).statusCode()).isEqualTo(201);
		}

		HttpResponse<String> eleventh = register(ip, UserMother.uniqueUsername("many"));

		RateLimitedAnswers.assertRefusedBy(eleventh, 10);
		assertThat(eleventh.body()).contains("Too many accounts were created from this address");
		assertThat(register(ip, UserMother.uniqueUsername("many")).statusCode()).isEqualTo(429);
		assertThat(rateLimited(ip)).as("two refusals, one entry").singleElement().satisfies(entry -> {
			assertThat(entry.actor()).isNull();
			assertThat(entry.ipAddress()).isEqualTo(ip);
			assertThat(entry.details()).containsEntry("limit", "registrations_per_ip");
		});
		assertThat(register(newAddress(), UserMother.uniqueUsername("many")).statusCode()).isEqualTo(201);
	}

	@Test
	void aUserMayDepositOrWithdrawSixtyTimesAMinute() {
		String username = traders.registered("busy");
		String token = UserMother.token(http, username, UserMother.PASSWORD);
		long started = System.nanoTime();
		int accepted = 0;
		HttpResponse<String> refused = null;
		while (refused == null && accepted < 200) {
			HttpResponse<String> response = deposit(token);
			if (response.statusCode() == 201) {
				accepted++;
			}
			else {
				refused = response;
			}
		}
		long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds() + 1;

		// the bucket refills greedily (one a second), so a slow run gets a few more
		assertThat(accepted).isBetween(60, 60 + (int) seconds);
		assertThat(refused).isNotNull();
		RateLimitedAnswers.assertRefusedBy(refused, 60);
		assertThat(refused.body()).contains("Too many deposits and withdrawals");
		assertThat(deposit(token).statusCode()).isEqualTo(429);
		assertThat(rateLimited(username)).as("two refusals, one entry").singleElement().satisfies(entry -> {
			assertThat(entry.actor()).isEqualTo(username);
			assertThat(entry.requestId()).isNotBlank();
			assertThat(entry.details()).containsEntry("limit", "cash_operations_per_user");
		});
	}

	@Test
	void fiftyConcurrentWrongPasswordsFromOneAddressReachThePasswordCheckAtMostFiveTimes() throws Exception {
		String ip = newAddress();
		String username = traders.registered("racer");

		List<HttpResponse<String>> answers = concurrently(50, i -> login(ip, username, "Wrong!Pass1234"), null);

		Map<Integer, Long> byStatus = statuses(answers);
		assertThat(byStatus.getOrDefault(401, 0L)).as("checked passwords: " + byStatus).isBetween(1L, 5L);
		assertThat(byStatus.getOrDefault(403, 0L)).as(byStatus.toString()).isEqualTo(50 - byStatus.get(401));
		assertThat(login(ip, username, UserMother.PASSWORD).statusCode()).as("blocked after").isEqualTo(403);
	}

	@Test
	void theRightPasswordPastTheLimitAmongOneHundredConcurrentGuessesIsRefused() throws Exception {
		String ip = newAddress();
		String username = traders.registered("guessed");
		CountDownLatch fiveAnswered = new CountDownLatch(5);

		// guess 77 is the right one; it goes once five others have been answered
		List<HttpResponse<String>> answers = concurrently(100,
				i -> i == 77 ? login(ip, username, UserMother.PASSWORD) : login(ip, username, "Wrong!Pass" + (100 + i)),
				fiveAnswered);

		Map<Integer, Long> byStatus = statuses(answers);
		assertThat(byStatus.getOrDefault(200, 0L)).as(byStatus.toString()).isZero();
		assertThat(byStatus.getOrDefault(401, 0L)).as(byStatus.toString()).isBetween(1L, 5L);
		HttpResponse<String> right = answers.get(77);
		assertThat(right.statusCode()).isEqualTo(403);
		assertThat(right.headers().firstValue("Retry-After")).isPresent();
		assertThat(right.body()).contains("Too many failed sign-in attempts");
	}

	@Test
	void concurrentWrongPasswordsForOneUsernameFromManyAddressesReachThePasswordCheckAtMostTenTimes() throws Exception {
		String username = traders.registered("spread");

		List<HttpResponse<String>> answers = concurrently(40, i -> login(newAddress(), username, "Wrong!Pass1234"),
				null);

		Map<Integer, Long> byStatus = statuses(answers);
		assertThat(byStatus.getOrDefault(401, 0L)).as(byStatus.toString()).isBetween(1L, 10L);
	}

	@Test
	void badBearerTokensDoNotCountAsFailedSignIns() {
		String ip = newAddress();
		String username = traders.registered("tokens");
		for (int i = 0; i < 8; i++) {
			HttpResponse<String> balance = http.send(http.request("/api/v1/balance")
				.header("X-Forwarded-For", ip)
				.header("Authorization", "Bearer garbage." + i));
			assertThat(balance.statusCode()).isEqualTo(401);
		}

		assertThat(login(ip, username, UserMother.PASSWORD).statusCode()).isEqualTo(200);
		assertThat(pageLogin(ip, username, UserMother.PASSWORD).statusCode()).as("the page").isEqualTo(302);
	}

	@Test
	void anAttackersWrongPasswordsDoNotLockTheOwnerOutOfTheirOwnDevice() {
		String username = traders.registered("victim");
		HttpResponse<String> earlier = login(newAddress(), username, UserMother.PASSWORD);
		String device = HttpTestClient.cookie(earlier, "DEVICE");
		HttpResponse<String> pageSignIn = pageLogin(newAddress(), username, UserMother.PASSWORD);
		assertThat(pageSignIn.headers().allValues("Set-Cookie")).as("the page sets one too")
			.anySatisfy(c -> assertThat(c).startsWith("DEVICE=").contains("HttpOnly"));

		HttpTestClient attacker = new HttpTestClient(port);
		for (int i = 0; i < 12; i++) {
			String ip = newAddress();
			int status = attacker.send(loginRequest(ip, username, "Wrong!Pass1234")).statusCode();
			assertThat(status).isIn(401, 403);
		}
		assertThat(attacker.send(loginRequest(newAddress(), username, UserMother.PASSWORD)).statusCode())
			.as("a stranger with the right password waits")
			.isEqualTo(403);

		HttpTestClient owner = new HttpTestClient(port);
		assertThat(owner.send(loginRequest(newAddress(), username, UserMother.PASSWORD).header("Cookie", device))
			.statusCode()).as("the owner's device, from a new address").isEqualTo(200);
		// a client of its own: the owner's client would send its real cookie along
		HttpTestClient forger = new HttpTestClient(port);
		assertThat(forger
			.send(loginRequest(newAddress(), username, UserMother.PASSWORD).header("Cookie",
					"DEVICE=" + device.substring("DEVICE=".length(), device.length() - 2) + "xx"))
			.statusCode()).as("a forged device cookie").isEqualTo(403);
	}

	private static Map<Integer, Long> statuses(List<HttpResponse<String>> answers) {
		return answers.stream()
			.collect(Collectors.groupingBy(HttpResponse::statusCode, TreeMap::new, Collectors.counting()));
	}

	/**
	 * Sends {@code count} requests at once from as many threads; request
	 * {@code count * 77 / 100} waits for {@code gate} first, when there is one.
	 */
	private List<HttpResponse<String>> concurrently(int count, IntFunction<HttpResponse<String>> send,
			CountDownLatch gate) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int n = i;
				futures.add(threads.submit(() -> {
					start.await();
					if (gate != null && n == 77) {
						assertThat(gate.await(60, TimeUnit.SECONDS)).isTrue();
					}
					HttpResponse<String> answer = send.apply(n);
					if (gate != null) {
						gate.countDown();
					}
					return answer;
				}));
			}
			start.countDown();
			List<HttpResponse<String>> answers = new ArrayList<>();
			for (Future<HttpResponse<String>> future : futures) {
				answers.add(future.get(120, TimeUnit.SECONDS));
			}
			return answers;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private List<AuditEntry> rateLimited(String target) {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		return audit.search(new AuditQuery(null, target, "security.rate_limited", today.minusDays(1), today, null, 50))
			.entries();
	}

	private HttpResponse<String> login(String ip, String username, String password) {
		// a client of its own each time: no device cookie from an earlier answer
		return new HttpTestClient(port).send(loginRequest(ip, username, password));
	}

	private HttpRequest.Builder loginRequest(String ip, String username, String password) {
		return http.request("/api/v1/auth/login")
			.header("X-Forwarded-For", ip)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
	}

	private HttpResponse<String> pageLogin(String ip, String username, String password) {
		HttpTestClient browser = new HttpTestClient(port);
		String token = HttpTestClient
			.csrfToken(browser.send(browser.request("/login").header("X-Forwarded-For", ip)).body());
		return browser.send(browser.request("/login")
			.header("X-Forwarded-For", ip)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("username=" + username + "&password=" + password + "&_csrf=" + token)));
	}

	private HttpResponse<String> register(String ip, String username) {
		return http.send(http.request("/api/v1/auth/register")
			.header("X-Forwarded-For", ip)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(UserMother.registerJson(username))));
	}

	private HttpResponse<String> deposit(String token) {
		return http.send(http.request("/api/v1/balance/deposit")
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"amount\": 1}")));
	}

	private static String newAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "10.77." + (n / 250) + "." + (n % 250 + 1);
	}

}
