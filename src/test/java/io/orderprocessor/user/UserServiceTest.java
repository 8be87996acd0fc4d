package io.orderprocessor.user;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.orderprocessor.platform.web.InvalidFieldsException;
import io.orderprocessor.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Accounts on the real store through the whole application: racing registrations, a
 * password change (it ends sessions in Redis) and the seeded demo accounts. The
 * registration and profile rules are use-case tests on the in-memory store
 * ({@link UserUseCaseTest}).
 */
@IntegrationTest
class UserServiceTest {

	@Autowired
	UserService users;

	@Test
	void theSameUsernameOrEmailAtTheSameInstantCreatesOneAccount() throws Exception {
		String username = UserMother.uniqueUsername("race");
		ExecutorService threads = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> results = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			String name = i % 2 == 0 ? username : username + i; // odd ones race for the
																// email
			results.add(threads.submit(() -> {
				start.await();
				try {
					users.register(new Registration(name, username + "@example.com", UserMother.PASSWORD, "Race",
							"Condition", null, null, false), null);
					return "created";
				}
				catch (UserAlreadyExistsException ex) {
					return ex.field();
				}
			}));
		}
		start.countDown();
		List<String> outcomes = new ArrayList<>();
		for (Future<String> result : results) {
			outcomes.add(result.get());
		}
		threads.shutdown();

		assertThat(outcomes).filteredOn("created"::equals).hasSize(1);
		assertThat(outcomes).filteredOn(o -> !"created".equals(o))
			.allMatch(o -> o.equals("username") || o.equals("email"));
	}

	@Test
	void aPasswordChangeNeedsTheCurrentPassword() {
		String username = UserMother.uniqueUsername("pw");
		users.register(UserMother.registration(username), null);

		assertThatThrownBy(() -> users.changePassword(username, "Wrong!Pass123", "Another!Pass1", null, null))
			.isInstanceOfSatisfying(InvalidFieldsException.class, ex -> assertThat(ex.violations().get(0).message())
				.isEqualTo("The current password is not correct"));
		assertThatThrownBy(() -> users.changePassword(username, UserMother.PASSWORD, "weak", null, null))
			.isInstanceOf(InvalidFieldsException.class);
		users.changePassword(username, UserMother.PASSWORD, "Another!Pass1", null, null);
	}

	@Test
	void theDemoAccountsAreSeededOnceWithCashThatMatchesTheLedger(@Autowired CashService cash) {
		assertThat(users.profile("demo_admin")).hasValueSatisfying(p -> assertThat(p.role()).isEqualTo("ADMIN"));
		assertThat(cash.ledger("demo_trader", new LedgerQuery(LedgerType.DEPOSIT, null, null, null, 10)).entries())
			.isNotEmpty();
		LedgerInvariantsForSeed.assertSumMatches(cash, "demo_trader");
	}

	static final class LedgerInvariantsForSeed {

		static void assertSumMatches(CashService cash, String username) {
			BigDecimal[] sum = { BigDecimal.ZERO };
			cash.forEachEntry(username, LedgerQuery.all(100), e -> sum[0] = sum[0].add(e.amount()));
			assertThat(cash.balance(username).balance()).isEqualByComparingTo(sum[0]);
		}

	}

}
