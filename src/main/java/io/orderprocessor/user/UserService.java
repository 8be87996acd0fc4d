package io.orderprocessor.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import io.orderprocessor.platform.security.RateLimited;
import io.orderprocessor.platform.security.RateLimiter;
import io.orderprocessor.platform.security.TokenRevocations;
import io.orderprocessor.platform.store.ConditionFailedException;
import io.orderprocessor.platform.store.Store;
import io.orderprocessor.platform.web.InvalidFieldsException.FieldViolation;
import io.orderprocessor.platform.web.InvalidFieldsException;
import io.orderprocessor.platform.web.Messages;
import io.orderprocessor.shared.Username;
import io.orderprocessor.user.UserEvents.OtherSessionsEnded;
import io.orderprocessor.user.UserEvents.PasswordChanged;
import io.orderprocessor.user.UserEvents.ProfileChanged;
import io.orderprocessor.user.UserEvents.SignedOut;
import io.orderprocessor.user.UserEvents.UserRegistered;
import io.orderprocessor.user.internal.SignInProperties;
import io.orderprocessor.user.internal.StoredUser;
import io.orderprocessor.user.internal.UserRepository;
import io.orderprocessor.user.internal.UserSessions;

/**
 * Accounts: registration, profiles, passwords, and sessions (locking is
 * UserAdministration's). Pages and API both call this, so every rule holds for both.
 */
@Service
public class UserService {

	private final UserRepository users;

	private final Store store;

	private final PasswordEncoder encoder;

	private final UserRules rules;

	private final Messages messages;

	private final UserSessions sessions;

	private final TokenRevocations tokens;

	private final RateLimiter limiter;

	private final SignInProperties signIn;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	UserService(UserRepository users, Store store, PasswordEncoder encoder, UserRules rules, Messages messages,
			UserSessions sessions, TokenRevocations tokens, RateLimiter limiter, SignInProperties signIn,
			ApplicationEventPublisher events) {
		this.users = users;
		this.store = store;
		this.encoder = encoder;
		this.rules = rules;
		this.messages = messages;
		this.sessions = sessions;
		this.tokens = tokens;
		this.limiter = limiter;
		this.signIn = signIn;
		this.events = events;
	}

	/**
	 * Opens a CUSTOMER account with $0.00 cash.
	 * @param clientIp the address asking, for the per-address registration limit (null:
	 * not limited, e.g. start-up seeding)
	 * @throws InvalidFieldsException listing every broken field rule
	 * @throws UserAlreadyExistsException when the username or email is taken
	 * @throws TooManyRequestsException when the address created too many accounts
	 */
	public Profile register(Registration registration, String clientIp) {
		List<FieldViolation> violations = rules.registration(registration);
		if (!violations.isEmpty()) {
			throw new InvalidFieldsException(violations);
		}
		if (clientIp != null) {
			limiter.tryConsume("register:" + clientIp, signIn.registrationsPerHour(), Duration.ofHours(1))
				.filter(probe -> !probe.isConsumed())
				.ifPresent(probe -> {
					Duration retryAfter = Duration.ofNanos(probe.getNanosToWaitForRefill());
					events.publishEvent(new RateLimited(RateLimited.REGISTRATIONS_PER_IP, clientIp, retryAfter));
					throw new TooManyRequestsException(messages.text("user.registrations.tooMany"),
							signIn.registrationsPerHour(), retryAfter);
				});
		}
		Profile profile = create(registration, Profile.CUSTOMER, null);
		events.publishEvent(new UserRegistered(profile.username(), profile.email()));
		return profile;
	}

	/**
	 * Creates an account without the per-address limit, optionally funded by an opening
	 * deposit (demo data, the configured first admin).
	 */
	Profile create(Registration registration, String role, LedgerEntry openingDeposit) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		Profile profile = new Profile(Username.normalise(registration.username()),
				registration.email().trim().toLowerCase(Locale.ROOT), registration.firstName().trim(),
				registration.lastName().trim(), UserRules.phone(registration.phone()),
				UserRules.parseDate(registration.dateOfBirth()), Boolean.TRUE.equals(registration.marketingConsent()),
				role, false, now, now);
		try {
			users.create(new StoredUser(profile, encoder.encode(registration.password()), 0), openingDeposit);
		}
		catch (ConditionFailedException ex) {
			if (ex.failed(UserRepository.USERNAME_TAKEN)) {
				throw new UserAlreadyExistsException("username",
						messages.text("user.exists.username", profile.username()));
			}
			if (ex.failed(UserRepository.EMAIL_TAKEN)) {
				throw new UserAlreadyExistsException("email", messages.text("user.exists.email", profile.email()));
			}
			throw ex;
		}
		return profile;
	}

	public Optional<Profile> profile(String username) {
		return users.find(Username.normalise(username)).map(StoredUser::profile);
	}

	public boolean exists(String username) {
		return users.find(Username.normalise(username)).isPresent();
	}

	/**
	 * Applies the changes that differ from the stored profile.
	 * @throws InvalidFieldsException listing every broken field rule
	 * @throws UserAlreadyExistsException when the new email belongs to someone else
	 */
	public Profile updateProfile(String username, ProfileChanges changes) {
		List<FieldViolation> violations = rules.profileChanges(changes);
		if (!violations.isEmpty()) {
			throw new InvalidFieldsException(violations);
		}
		List<String> changed = new ArrayList<>();
		Profile updated;
		try {
			updated = store.retrying(() -> {
				StoredUser before = existing(username);
				Profile p = before.profile();
				changed.clear();
				String firstName = pick(changes.firstName() == null ? null : changes.firstName().trim(), p.firstName(),
						"first_name", changed);
				String lastName = pick(changes.lastName() == null ? null : changes.lastName().trim(), p.lastName(),
						"last_name", changed);
				String email = pick(changes.email() == null ? null : changes.email().trim().toLowerCase(Locale.ROOT),
						p.email(), "email", changed);
				String phone = changes.phone() == null ? p.phone() : UserRules.phone(changes.phone());
				if (!Objects.equals(phone, p.phone())) {
					changed.add("phone");
				}
				var dob = changes.dateOfBirth() == null ? p.dateOfBirth() : UserRules.parseDate(changes.dateOfBirth());
				if (!Objects.equals(dob, p.dateOfBirth())) {
					changed.add("date_of_birth");
				}
				boolean consent = changes.marketingConsent() == null ? p.marketingConsent()
						: changes.marketingConsent();
				if (consent != p.marketingConsent()) {
					changed.add("marketing_emails_consent");
				}
				if (changed.isEmpty()) {
					return p;
				}
				Profile after = new Profile(p.username(), email, firstName, lastName, phone, dob, consent, p.role(),
						p.locked(), p.createdAt(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
				users.update(before, new StoredUser(after, before.passwordHash(), before.version()));
				return after;
			});
		}
		catch (ConditionFailedException ex) {
			if (ex.failed(UserRepository.EMAIL_TAKEN)) {
				throw new UserAlreadyExistsException("email",
						messages.text("user.exists.email", changes.email().trim().toLowerCase(Locale.ROOT)));
			}
			throw ex;
		}
		if (!changed.isEmpty()) {
			events.publishEvent(new ProfileChanged(updated.username(), List.copyOf(changed)));
		}
		return updated;
	}

	/**
	 * Changes the password after checking the current one, then ends every other session
	 * of the user and revokes every other API token.
	 * @param keepSessionId the browser session asking (stays signed in), or null
	 * @param keepTokenId the API token asking (stays valid), or null
	 * @throws InvalidFieldsException when the current password is wrong or the new one
	 * breaks the rule
	 */
	public void changePassword(String username, String currentPassword, String newPassword, String keepSessionId,
			String keepTokenId) {
		List<FieldViolation> violations = new ArrayList<>();
		if (currentPassword == null || currentPassword.isEmpty()) {
			violations.add(new FieldViolation("current_password",
					messages.text("rule.required", messages.text("field.current_password")), "missing"));
		}
		rules.password("new_password", newPassword, violations);
		if (!violations.isEmpty()) {
			throw new InvalidFieldsException(violations);
		}
		store.retrying(() -> {
			StoredUser before = existing(username);
			if (!encoder.matches(currentPassword, before.passwordHash())) {
				throw new InvalidFieldsException("current_password", messages.text("rule.currentPassword"),
						"invalid_password");
			}
			Profile p = before.profile();
			Profile after = new Profile(p.username(), p.email(), p.firstName(), p.lastName(), p.phone(),
					p.dateOfBirth(), p.marketingConsent(), p.role(), p.locked(), p.createdAt(),
					clock.instant().truncatedTo(ChronoUnit.MILLIS));
			users.update(before, new StoredUser(after, encoder.encode(newPassword), before.version()));
			return after;
		});
		String name = Username.normalise(username);
		int ended = sessions.endAllBut(name, keepSessionId);
		int revoked = tokens.revokeAllOf(name, keepTokenId);
		events.publishEvent(new PasswordChanged(name, ended, revoked));
	}

	/** The user's signed-in browser sessions, the asking one first. */
	public List<ActiveSession> sessions(String username, String currentSessionId) {
		return sessions.list(Username.normalise(username), currentSessionId);
	}

	/** Ends every browser session of the user but the asking one. */
	public int signOutOtherSessions(String username, String currentSessionId) {
		int ended = sessions.endAllBut(Username.normalise(username), currentSessionId);
		events.publishEvent(new OtherSessionsEnded(Username.normalise(username), ended));
		return ended;
	}

	/** Revokes the API token that is signing out. */
	public void signOutToken(String username, String tokenId, Instant expiresAt) {
		tokens.revoke(tokenId, expiresAt);
		events.publishEvent(new SignedOut(Username.normalise(username), "api"));
	}

	private StoredUser existing(String username) {
		return users.find(Username.normalise(username))
			.orElseThrow(() -> new IllegalStateException("No user " + Username.normalise(username)));
	}

	private static String pick(String requested, String current, String field, List<String> changed) {
		if (requested == null || requested.equals(current)) {
			return current;
		}
		changed.add(field);
		return requested;
	}

}
