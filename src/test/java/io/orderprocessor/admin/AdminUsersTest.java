package io.orderprocessor.admin;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import io.orderprocessor.audit.AuditLog;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.user.AccountProtectionException;
import io.orderprocessor.user.ApiUser;
import io.orderprocessor.user.CashService;
import io.orderprocessor.user.LedgerInvariants;
import io.orderprocessor.user.LedgerQuery;
import io.orderprocessor.user.LedgerType;
import io.orderprocessor.user.Profile;
import io.orderprocessor.user.UserAdministration;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Admin actions on accounts through the API, the pages and the services, against the real
 * store and Redis: locks that take effect on the next request, cash adjustments and their
 * rules, protection of admins, search without a scan, and the audit trail.
 */
@IntegrationTest
class AdminUsersTest {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	UserAdministration administration;

	@Autowired
	CashService cash;

	@Autowired
	AuditLog audit;

	@Autowired
	MeterRegistry meters;

	@Autowired
	HttpTestClient http;

	private String adminToken;

	@BeforeEach
	void setUp() {
		adminToken = UserMother.adminToken(http);
	}

	@Test
	void aLockEndsTheLiveSessionAndTheLiveTokenAtOnce() {
		ApiUser trader = UserMother.apiUser(http, "lk");
		HttpTestClient browser = UserMother.signedIn(port, trader.username(), UserMother.PASSWORD);
		assertThat(browser.get("/account").statusCode()).isEqualTo(200);
		assertThat(http.getJson("/api/v1/balance", trader.token()).statusCode()).isEqualTo(200);

		HttpResponse<String> lock = post("/api/v1/admin/users/" + trader.username() + "/lock",
				"{\"reason\":\"fraud check\"}");

		assertThat(lock.statusCode()).as(lock.body()).isEqualTo(200);
		assertThat(json.readTree(lock.body()).get("user").get("is_locked").asBoolean()).isTrue();
		// the very next request of each is refused
		assertThat(http.getJson("/api/v1/balance", trader.token()).statusCode()).isEqualTo(401);
		HttpResponse<String> page = browser.get("/account");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		HttpResponse<String> login = http.postJson("/api/v1/auth/login",
				"{\"username\":\"" + trader.username() + "\",\"password\":\"" + UserMother.PASSWORD + "\"}");
		assertThat(login.statusCode()).isEqualTo(403);

		assertThat(audit.byActor("demo_admin", 20)).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo("admin.user_locked");
			assertThat(entry.target()).isEqualTo(trader.username());
			assertThat(entry.details()).containsEntry("reason", "fraud check").containsEntry("tokens_revoked", "1");
			assertThat(entry.ipAddress()).isNotBlank();
			assertThat(entry.requestId()).isNotBlank();
		});

		assertThat(post("/api/v1/admin/users/" + trader.username() + "/unlock", "").statusCode()).isEqualTo(200);
		UserMother.token(http, trader.username(), UserMother.PASSWORD);
	}

	@Test
	void anAdminLocksThroughThePagesAfterConfirming() {
		String username = UserMother.apiUser(http, "lp").username();
		HttpTestClient victim = UserMother.signedIn(port, username, UserMother.PASSWORD);
		HttpTestClient admin = UserMother.signedInAsAdmin(port);

		HttpResponse<String> confirm = admin.get("/admin/users/" + username + "/lock");
		assertThat(confirm.statusCode()).isEqualTo(200);
		assertThat(confirm.body()).contains("Lock " + username + "?");
		assertThat(victim.get("/account").statusCode()).as("nothing happened before the confirmation").isEqualTo(200);

		HttpResponse<String> locked = admin.postForm("/admin/users/" + username + "/lock",
				"/admin/users/" + username + "/lock", "reason=" + enc("too many chargebacks"));

		assertThat(locked.statusCode()).isEqualTo(302);
		assertThat(locked.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/admin/users/" + username));
		assertThat(victim.get("/account").statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin/users/" + username).body()).contains("Locked").contains("Unlock account");
	}

	@Test
	void adjustmentsNeedAReasonANonZeroWellFormedAmountAndCannotMakeCashNegative() {
		String username = UserMother.apiUser(http, "adj").username();
		String path = "/api/v1/admin/users/" + username + "/adjustments";

		assertThat(fields(post(path, "{\"amount\":\"10.00\"}"))).containsExactly("reason");
		assertThat(fields(post(path, "{\"amount\":\"10.00\",\"reason\":\"  \"}"))).containsExactly("reason");
		assertThat(fields(post(path, "{\"amount\":0,\"reason\":\"x\"}"))).containsExactly("amount");
		assertThat(fields(post(path, "{\"amount\":\"12.345\",\"reason\":\"x\"}"))).containsExactly("amount");
		assertThat(fields(post(path, "{\"amount\":\"ten\",\"reason\":\"x\"}"))).containsExactly("amount");
		assertThat(fields(post(path, "{\"amount\":\"1e3\",\"reason\":\"x\"}"))).containsExactly("amount");
		assertThat(fields(post(path, "{}"))).containsExactlyInAnyOrder("amount", "reason");
		HttpResponse<String> negative = post(path, "{\"amount\":\"-0.01\",\"reason\":\"x\"}");
		assertThat(fields(negative)).containsExactly("amount");
		assertThat(negative.body()).contains("below $0.00");
		assertThat(post("/api/v1/admin/users/no_such_user_q/adjustments", "{\"amount\":\"1\",\"reason\":\"x\"}")
			.statusCode()).isEqualTo(404);
		assertThat(cash.ledger(username, LedgerQuery.all(10)).entries()).as("nothing was written").isEmpty();

		HttpResponse<String> credit = post(path, "{\"amount\":125.5,\"reason\":\"Goodwill for outage\"}");
		HttpResponse<String> debit = post(path, "{\"amount\":\"-25.50\",\"reason\":\"Reversal of duplicate\"}");

		assertThat(credit.statusCode()).as(credit.body()).isEqualTo(201);
		assertThat(json.readTree(credit.body()).get("balance").asString()).isEqualTo("125.50");
		assertThat(debit.statusCode()).as(debit.body()).isEqualTo(201);
		assertThat(json.readTree(debit.body()).get("balance").asString()).isEqualTo("100.00");
		assertThat(cash.balance(username).balance()).isEqualByComparingTo("100.00");
		var entries = cash.ledger(username, LedgerQuery.all(10)).entries();
		assertThat(entries).extracting(e -> e.type()).containsOnly(LedgerType.SYSTEM_ADJUSTMENT);
		assertThat(entries.get(0).description()).isEqualTo("Reversal of duplicate");
		assertThat(entries.get(0).amount()).isEqualByComparingTo("-25.50");
		LedgerInvariants.assertHold(cash, username);
		assertThat(audit.byActor("demo_admin", 20)).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo("admin.cash_adjusted");
			assertThat(entry.target()).isEqualTo(username);
			assertThat(entry.details()).containsEntry("amount", "125.50")
				.containsEntry("reason", "Goodwill for outage");
		});
	}

	@Test
	void concurrentAdjustmentsNeverLoseAnUpdateNorTakeCashBelowZero() throws Exception {
		String username = UserMother.apiUser(http, "adc").username();
		assertThat(post("/api/v1/admin/users/" + username + "/adjustments",
				"{\"amount\":\"100.00\",\"reason\":\"opening\"}")
			.statusCode()).isEqualTo(201);
		List<Future<Integer>> results = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		for (int i = 0; i < 16; i++) {
			results.add(pool.submit(() -> post("/api/v1/admin/users/" + username + "/adjustments",
					"{\"amount\":\"-10.00\",\"reason\":\"burst\"}")
				.statusCode()));
		}
		pool.shutdown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> result : results) {
			statuses.add(result.get());
		}
		assertThat(statuses).isSubsetOf(201, 422, 409);
		assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(10);
		assertThat(cash.balance(username).balance()).isEqualByComparingTo("0.00");
		LedgerInvariants.assertHold(cash, username);
	}

	@Test
	void nobodyLocksOrDemotesThemselfAndTheLastActiveAdminStays() {
		asAdmin();
		try {
			String other = UserMother.apiUser(http, "adm").username();
			administration.setRole("demo_admin", other, Profile.ADMIN, "second admin");

			assertThatThrownBy(() -> administration.setLocked(other, other, true, null))
				.isInstanceOf(AccountProtectionException.class)
				.hasMessage("You cannot lock your own account");
			assertThatThrownBy(() -> administration.setRole(other, other, Profile.CUSTOMER, null))
				.isInstanceOf(AccountProtectionException.class)
				.hasMessage("You cannot revoke your own admin role");
			assertThat(post("/api/v1/admin/users/demo_admin/lock", "").statusCode()).as("self-lock over the API")
				.isEqualTo(409);

			// lock every active admin but demo_admin, then nobody may lock or demote it
			List<String> lockedHere = new ArrayList<>();
			for (var page = administration.users(null, null, 100);; page = administration.users(null, page.nextAfter(),
					100)) {
				page.users()
					.stream()
					.filter(p -> Profile.ADMIN.equals(p.role()) && !p.locked() && !p.username().equals("demo_admin"))
					.forEach(p -> {
						administration.setLocked("demo_admin", p.username(), true, "test");
						lockedHere.add(p.username());
					});
				if (!page.hasMore()) {
					break;
				}
			}
			try {
				assertThatThrownBy(() -> administration.setLocked(other, "demo_admin", true, null))
					.isInstanceOf(AccountProtectionException.class)
					.hasMessageContaining("last active admin");
				assertThatThrownBy(() -> administration.setRole(other, "demo_admin", Profile.CUSTOMER, null))
					.isInstanceOf(AccountProtectionException.class)
					.hasMessageContaining("last active admin");
				assertThat(administration.user("demo_admin").locked()).isFalse();
				assertThat(administration.user("demo_admin").role()).isEqualTo(Profile.ADMIN);
			}
			finally {
				lockedHere.forEach(name -> administration.setLocked("demo_admin", name, false, "test over"));
			}
			Profile demoted = administration.setRole("demo_admin", other, Profile.CUSTOMER, "done");
			assertThat(demoted.role()).isEqualTo(Profile.CUSTOMER);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void theServicesRefuseCallersWhoAreNotAdmins() {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken("demo_trader", null,
					AuthorityUtils.createAuthorityList("ROLE_CUSTOMER")));
		try {
			assertThatThrownBy(() -> administration.userCount()).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> administration.adjustCash("demo_trader", "demo_trader", "1000", "me"))
				.isInstanceOf(AccessDeniedException.class);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void usersAreSearchedAndPagedThroughTheIndexWithoutAScan() {
		String prefix = "srch" + Long.toString(System.nanoTime() % 100_000, 36);
		for (int i = 0; i < 3; i++) {
			UserMother.registeredToken(http, prefix + "_" + i);
		}
		double scansBefore = scans();

		JsonNode first = json.readTree(http.getJson("/api/v1/admin/users?q=" + prefix + "&limit=2", adminToken).body());
		JsonNode second = json
			.readTree(http
				.getJson("/api/v1/admin/users?q=" + prefix + "&limit=2&cursor=" + first.get("next_cursor").asString(),
						adminToken)
				.body());

		assertThat(first.get("total_count").asLong()).isEqualTo(3);
		assertThat(first.get("has_more").asBoolean()).isTrue();
		assertThat(first.get("users")).extracting(u -> u.get("username").asString())
			.containsExactly(prefix + "_0", prefix + "_1");
		assertThat(second.get("users")).extracting(u -> u.get("username").asString()).containsExactly(prefix + "_2");
		assertThat(second.get("has_more").asBoolean()).isFalse();
		assertThat(json
			.readTree(http.getJson("/api/v1/admin/users?q=" + prefix.toUpperCase() + "_1@EXAMPLE", adminToken).body())
			.get("users")).extracting(u -> u.get("username").asString()).containsExactly(prefix + "_1");
		HttpTestClient admin = UserMother.signedInAsAdmin(port);
		assertThat(admin.get("/admin/users?q=" + prefix).body()).contains(prefix + "_0").contains("3 users");
		assertThat(admin.get("/admin").body()).contains("Cash held in total");
		assertThat(admin.get("/admin/users/" + prefix + "_0?cursor=not-a-cursor").statusCode())
			.as("a mangled ledger cursor shows the newest entries")
			.isEqualTo(200);
		assertThat(scans()).as("no store scan for a page view").isEqualTo(scansBefore);
	}

	@Test
	void unknownUsersAre404AndTheUserEndpointShowsProfileAndCash() {
		assertThat(http.getJson("/api/v1/admin/users/no_such_user_q", adminToken).statusCode()).isEqualTo(404);
		HttpResponse<String> lock = post("/api/v1/admin/users/no_such_user_q/lock", "");
		assertThat(lock.statusCode()).isEqualTo(404);
		assertThat(lock.body()).isEqualTo("{\"detail\":\"User 'no_such_user_q' not found\"}");

		JsonNode trader = json.readTree(http.getJson("/api/v1/admin/users/DEMO_TRADER", adminToken).body());
		assertThat(trader.get("user").get("username").asString()).isEqualTo("demo_trader");
		assertThat(trader.get("user").get("role").asString()).isEqualTo("CUSTOMER");
		assertThat(trader.get("current_balance").asString()).matches("\\d+\\.\\d{2}");
	}

	@Test
	void adjustmentErrorsStandNextToTheirFieldsOnTheUserPage() {
		String username = UserMother.apiUser(http, "adp").username();
		HttpTestClient admin = UserMother.signedInAsAdmin(port);
		String page = "/admin/users/" + username;

		HttpResponse<String> refused = admin.postForm(page, page + "/adjustments", "amount=0&reason=");
		HttpResponse<String> done = admin.postForm(page, page + "/adjustments",
				"amount=" + enc("42.00") + "&reason=" + enc("Bonus"));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"adjust-amount-error\"")
			.contains("The amount cannot be zero")
			.contains("id=\"adjust-reason-error\"")
			.contains("A reason is required");
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(admin.get(page).body()).contains("Adjusted cash by +$42.00")
			.contains("Bonus")
			.contains("$42.00")
			.contains(">1 entry<");
	}

	private void asAdmin() {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken("demo_admin", null,
					AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
	}

	private double scans() {
		return meters.find("store.calls").tag("operation", "scan").timers().stream().mapToDouble(Timer::count).sum();
	}

	private HttpResponse<String> post(String path, String body) {
		return http.send(http.request(path)
			.header("Authorization", "Bearer " + adminToken)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private static List<String> fields(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		List<String> fields = new ArrayList<>();
		json.readTree(response.body()).get("detail").forEach(v -> fields.add(v.get("loc").get(1).asString()));
		return fields;
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
