package io.orderprocessor.user;

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

/** Accounts on the real store, through the service. */
@IntegrationTest
class UserServiceTest {

	@Autowired
	UserService users;

	@Test
	void registrationStoresANormalisedCustomerProfile() {
		String username = UserMother.uniqueUsername("Reg");
		Profile profile = users.register(new Registration(" " + username + " ", username.toUpperCase() + "@Example.COM",
				UserMother.PASSWORD, " Zoë ", "O'Brien", "+1 (555) 123-4567", "1990-05-17", true), null);

		Profile stored = users.profile(username.toUpperCase()).orElseThrow();
		assertThat(stored).isEqualTo(profile);
		assertThat(stored.username()).isEqualTo(username.toLowerCase());
		assertThat(stored.email()).isEqualTo(username.toLowerCase() + "@example.com");
		assertThat(stored.firstName()).isEqualTo("Zoë");
		assertThat(stored.phone()).isEqualTo("15551234567");
		assertThat(stored.role()).isEqualTo("CUSTOMER");
		assertThat(stored.marketingConsent()).isTrue();
	}

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
	void duplicatesAreRefusedWithTheOriginalsMessages() {
		String username = UserMother.uniqueUsername("dup");
		users.register(UserMother.registration(username), null);

		assertThatThrownBy(() -> users.register(UserMother.registration(username.toUpperCase()), null))
			.isInstanceOf(UserAlreadyExistsException.class)
			.hasMessage("Username '" + username + "' already exists");
		Registration sameEmail = new Registration(username + "x", username + "@EXAMPLE.com", UserMother.PASSWORD, "A",
				"B", null, null, null);
		assertThatThrownBy(() -> users.register(sameEmail, null)).isInstanceOf(UserAlreadyExistsException.class)
			.hasMessage("Email '" + username + "@example.com' already exists");
	}

	@Test
	void profileChangesMoveTheEmailClaimAndKeepEmailsUnique() {
		String first = UserMother.uniqueUsername("prof");
		String second = UserMother.uniqueUsername("prof");
		users.register(UserMother.registration(first), null);
		users.register(UserMother.registration(second), null);

		Profile changed = users.updateProfile(first,
				new ProfileChanges("Ada", null, first + "@new.example.com", "020 7946 0958", "", false));
		assertThat(changed.firstName()).isEqualTo("Ada");
		assertThat(changed.lastName()).isEqualTo("Trader");
		assertThat(changed.email()).isEqualTo(first + "@new.example.com");
		assertThat(changed.phone()).isEqualTo("02079460958");

		// the old address is free again, the new one is taken
		users.updateProfile(second, new ProfileChanges(null, null, first + "@example.com", null, null, null));
		assertThatThrownBy(() -> users.updateProfile(second,
				new ProfileChanges(null, null, first + "@new.example.com", null, null, null)))
			.isInstanceOf(UserAlreadyExistsException.class);
		assertThatThrownBy(
				() -> users.updateProfile(second, new ProfileChanges("<b>x</b>", null, null, null, null, null)))
			.isInstanceOf(InvalidFieldsException.class);
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
			java.math.BigDecimal[] sum = { java.math.BigDecimal.ZERO };
			cash.forEachEntry(username, LedgerQuery.all(100), e -> sum[0] = sum[0].add(e.amount()));
			assertThat(cash.balance(username).balance()).isEqualByComparingTo(sum[0]);
		}

	}

}
