package io.orderprocessor.user.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.github.f4b6a3.ulid.UlidCreator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import io.orderprocessor.platform.store.ConditionFailedException;
import io.orderprocessor.platform.store.InMemoryStoreEngine;
import io.orderprocessor.platform.store.OptimisticConflictException;
import io.orderprocessor.platform.store.Store;
import io.orderprocessor.user.LedgerEntry;
import io.orderprocessor.user.LedgerType;
import io.orderprocessor.user.Profile;
import io.orderprocessor.user.internal.UserDirectory.Listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Profiles, email claims and the admin's user directory against the in-memory engine:
 * unique usernames and emails, versioned updates that move the email claim, pages of the
 * user index with search and cursor, the cash total and the admin guard.
 */
class StoreUserDirectoryTest {

	static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

	final Store store = new Store(new InMemoryStoreEngine(), 30, new SimpleMeterRegistry());

	final StoreUserRepository users = new StoreUserRepository(store);

	final StoreUserDirectory directory = new StoreUserDirectory(store);

	@Test
	void usernamesAndEmailsAreTakenOnceAndAnUpdateMovesTheEmailClaim() {
		users.create(user("alice_01", "alice@example.com", Profile.CUSTOMER), null);

		assertThatThrownBy(() -> users.create(user("alice_01", "other@example.com", Profile.CUSTOMER), null))
			.isInstanceOf(ConditionFailedException.class)
			.satisfies(
					ex -> assertThat(((ConditionFailedException) ex).failed()).contains(UserRepository.USERNAME_TAKEN));
		assertThatThrownBy(() -> users.create(user("bob_0001", "alice@example.com", Profile.CUSTOMER), null)).satisfies(
				ex -> assertThat(((ConditionFailedException) ex).failed()).containsExactly(UserRepository.EMAIL_TAKEN));

		StoredUser before = users.find("alice_01").orElseThrow();
		assertThat(before.profile().phone()).isEqualTo("5550100");
		Profile p = before.profile();
		StoredUser after = new StoredUser(new Profile(p.username(), "alice@example.org", p.firstName(), p.lastName(),
				null, null, true, p.role(), false, p.createdAt(), NOW.plusSeconds(60)), "{bcrypt}new",
				before.version());
		users.update(before, after);

		StoredUser read = users.find("alice_01").orElseThrow();
		assertThat(read.version()).isEqualTo(before.version() + 1);
		assertThat(read.profile().email()).isEqualTo("alice@example.org");
		assertThat(read.profile().phone()).as("removed").isNull();
		assertThat(read.profile().dateOfBirth()).isNull();
		assertThat(read.profile().marketingConsent()).isTrue();
		assertThat(read.passwordHash()).isEqualTo("{bcrypt}new");
		users.create(user("bob_0001", "alice@example.com", Profile.CUSTOMER), null);
		assertThatThrownBy(() -> users.update(before, new StoredUser(p, "{bcrypt}late", before.version())))
			.as("an update of a profile read before the last one")
			.isInstanceOf(OptimisticConflictException.class);
	}

	@Test
	void theDirectoryPagesByUsernameSearchesAndCountsTruly() {
		for (String name : List.of("dora_001", "carl_001", "anna_001", "bert_001", "erik_001")) {
			users.create(user(name, name + "@example.com", Profile.CUSTOMER), null);
		}

		List<String> seen = new ArrayList<>();
		String after = null;
		Listing page;
		do {
			page = directory.list(null, after, 2);
			assertThat(page.totalCount()).isEqualTo(5);
			page.users().forEach(u -> seen.add(u.username()));
			after = page.nextAfter();
		}
		while (page.hasMore());
		assertThat(seen).containsExactly("anna_001", "bert_001", "carl_001", "dora_001", "erik_001");
		assertThat(directory.count()).isEqualTo(5);

		Listing found = directory.list(" ERIK ", null, 10);
		assertThat(found.users()).extracting(Profile::username).containsExactly("erik_001");
		assertThat(found.totalCount()).isEqualTo(1);
		assertThat(found.hasMore()).isFalse();
		assertThat(directory.list("example.com", "bert_001", 2).users()).extracting(Profile::username)
			.containsExactly("carl_001", "dora_001");
	}

	@Test
	void theTotalCashAddsEveryAccountsBalance() {
		users.create(user("rich_001", "rich@example.com", Profile.CUSTOMER), deposit("1000.50"));
		users.create(user("poor_001", "poor@example.com", Profile.CUSTOMER), null);
		users.create(user("some_001", "some@example.com", Profile.CUSTOMER), deposit("0.25"));

		assertThat(directory.totalCash()).isEqualTo("1000.75");
	}

	@Test
	void theAdminGuardNamesActiveAdminsAndEveryAccessChangeBumpsIt() {
		users.create(user("boss_001", "boss@example.com", Profile.ADMIN), null);
		users.create(user("chef_001", "chef@example.com", Profile.ADMIN), null);
		users.create(user("user_001", "user@example.com", Profile.CUSTOMER), null);
		UserDirectory.AdminGuard guard = directory.adminGuard();
		assertThat(guard.version()).isZero();
		assertThat(guard.activeAdmins()).containsExactly("boss_001", "chef_001");

		StoredUser chef = users.find("chef_001").orElseThrow();
		directory.changeAccess(chef, Profile.ADMIN, true, NOW, guard.version());

		UserDirectory.AdminGuard now = directory.adminGuard();
		assertThat(now.version()).isEqualTo(1);
		assertThat(now.activeAdmins()).containsExactly("boss_001");
		StoredUser boss = users.find("boss_001").orElseThrow();
		assertThatThrownBy(() -> directory.changeAccess(boss, Profile.CUSTOMER, false, NOW, guard.version()))
			.as("a change decided on an old guard")
			.isInstanceOf(OptimisticConflictException.class);
		assertThat(users.find("chef_001").orElseThrow().profile().locked()).isTrue();
	}

	private static StoredUser user(String username, String email, String role) {
		return new StoredUser(new Profile(username, email, "First", "Last", "5550100", LocalDate.of(1990, 1, 2), false,
				role, false, NOW, NOW), "{bcrypt}x", 0);
	}

	private static LedgerEntry deposit(String amount) {
		return new LedgerEntry(UlidCreator.getMonotonicUlid().toString(), LedgerType.DEPOSIT, new BigDecimal(amount),
				new BigDecimal(amount), "Opening deposit", null, NOW);
	}

}
