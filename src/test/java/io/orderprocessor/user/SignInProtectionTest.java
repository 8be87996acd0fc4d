package io.orderprocessor.user;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Brute-force protection and the per-address and per-user limits at their real counts,
 * with blocks of a few seconds, in a context of their own. Clients are told apart by
 * {@code X-Forwarded-For}, which this context trusts from 127.0.0.1 as behind a proxy.
 */
@IntegrationTest
@TestPropertySource(properties = { "server.forward-headers-strategy=native", "app.signin.ip-max-failures=5",
		"app.signin.ip-window=5m", "app.signin.ip-block=3s", "app.signin.username-max-failures=10",
		"app.signin.username-window=15m", "app.signin.username-block=3s", "app.signin.registrations-per-hour=10",
		"app.cash.operations-per-minute=60" })
class SignInProtectionTest {

	private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

	@LocalServerPort
	int port;

	HttpTestClient http;

	@Autowired
	UserService users;

	@Autowired
	AuditLog audit;

	@BeforeEach
	void client() {
		http = new HttpTestClient(port);
	}

	@Test
	void afterFiveFailuresFromOneAddressTheSixthIsRefusedEvenWithTheRightPasswordUntilTheBlockEnds() {
		String ip = newAddress();
		String username = UserMother.uniqueUsername("brute");
		users.register(UserMother.registration(username), null);
		for (int i = 0; i < 5; i++) {
			// unknown usernames count as much as wrong passwords
			String who = i % 2 == 0 ? username : "nobody_" + i;
			assertThat(login(ip, who, "Wrong!Pass1234").statusCode()).isEqualTo(401);
		}

		HttpResponse<String> sixth = login(ip, username, UserMother.PASSWORD);

		assertThat(sixth.statusCode()).isEqualTo(403);
		assertThat(sixth.body()).isEqualTo("{\"detail\":\"Too many failed sign-in attempts; try again in 1 minutes\"}");
		assertThat(login(newAddress(), username, UserMother.PASSWORD).statusCode()).as("another address")
			.isEqualTo(200);
		HttpResponse<String> page = pageLogin(ip, username, UserMother.PASSWORD);
		assertThat(page.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).contains("/login?blocked="));
		assertThat(http.send(http.request("/login?blocked=1").header("X-Forwarded-For", ip)).body())
			.contains("sign-in from here is blocked for 1 minutes");

		await().atMost(Duration.ofSeconds(15))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> login(ip, username, UserMother.PASSWORD).statusCode() == 200);
	}

	@Test
	void tenFailuresForOneUsernameFromAnywhereBlockThatUsername() {
		String username = UserMother.uniqueUsername("target");
		users.register(UserMother.registration(username), null);
		for (int i = 0; i < 10; i++) {
			assertThat(login(newAddress(), username, "Wrong!Pass1234").statusCode()).isEqualTo(401);
		}

		assertThat(login(newAddress(), username, UserMother.PASSWORD).statusCode()).isEqualTo(403);
		await().atMost(Duration.ofSeconds(15))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> login(newAddress(), username, UserMother.PASSWORD).statusCode() == 200);
	}

	@Test
	void blocksAndFailuresAreAudited() {
		String username = UserMother.uniqueUsername("audited");
		users.register(UserMother.registration(username), null);
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

		assertThat(eleventh.statusCode()).isEqualTo(429);
		assertThat(eleventh.headers().firstValue("Retry-After")).isPresent();
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
		String username = UserMother.uniqueUsername("busy");
		users.register(UserMother.registration(username), null);
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
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.body()).contains("Too many deposits and withdrawals");
		assertThat(deposit(token).statusCode()).isEqualTo(429);
		assertThat(rateLimited(username)).as("two refusals, one entry").singleElement().satisfies(entry -> {
			assertThat(entry.actor()).isEqualTo(username);
			assertThat(entry.requestId()).isNotBlank();
			assertThat(entry.details()).containsEntry("limit", "cash_operations_per_user");
		});
	}

	private List<AuditEntry> rateLimited(String target) {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		return audit.search(new AuditQuery(null, target, "security.rate_limited", today.minusDays(1), today, null, 50))
			.entries();
	}

	private HttpResponse<String> login(String ip, String username, String password) {
		return http.send(http.request("/api/v1/auth/login")
			.header("X-Forwarded-For", ip)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")));
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
