package io.orderprocessor.user;

import org.junit.jupiter.api.Test;

import io.orderprocessor.platform.web.InvalidFieldsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The account rules through {@link UserService} on the in-memory store: a registration's
 * normalised profile, duplicate usernames and emails, and profile changes.
 */
class UserUseCaseTest {

	final UserModuleOnFakes module = new UserModuleOnFakes();

	final UserService users = module.users;

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
		assertThat(stored.phone()).as("readable, as typed").isEqualTo("+1 (555) 123-4567");
		assertThat(stored.role()).isEqualTo("CUSTOMER");
		assertThat(stored.marketingConsent()).isTrue();
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
		assertThat(changed.phone()).isEqualTo("020 7946 0958");

		// the old address is free again, the new one is taken
		users.updateProfile(second, new ProfileChanges(null, null, first + "@example.com", null, null, null));
		assertThatThrownBy(() -> users.updateProfile(second,
				new ProfileChanges(null, null, first + "@new.example.com", null, null, null)))
			.isInstanceOf(UserAlreadyExistsException.class);
		assertThatThrownBy(
				() -> users.updateProfile(second, new ProfileChanges("<b>x</b>", null, null, null, null, null)))
			.isInstanceOf(InvalidFieldsException.class);
	}

}
