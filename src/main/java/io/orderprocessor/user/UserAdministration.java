package io.orderprocessor.user;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import io.orderprocessor.platform.security.TokenRevocations;
import io.orderprocessor.platform.store.Store;
import io.orderprocessor.platform.web.InvalidFieldsException.FieldViolation;
import io.orderprocessor.platform.web.InvalidFieldsException;
import io.orderprocessor.platform.web.Messages;
import io.orderprocessor.shared.Username;
import io.orderprocessor.user.AdminEvents.AccountLockedByAdmin;
import io.orderprocessor.user.AdminEvents.CashAdjusted;
import io.orderprocessor.user.AdminEvents.RoleChanged;
import io.orderprocessor.user.internal.StoredUser;
import io.orderprocessor.user.internal.UserDirectory.AdminGuard;
import io.orderprocessor.user.internal.UserDirectory;
import io.orderprocessor.user.internal.UserRepository;
import io.orderprocessor.user.internal.UserSessions;

/**
 * What admins do to accounts: list and count them, lock and unlock, grant and revoke the
 * admin role, and adjust cash. Admins only (method security, on top of the URL rules).
 * <p>
 * Locks and role changes are written together with a guard item at the version read, so
 * two admins acting at once are serialised and the platform never loses its last active
 * admin; nobody can lock or demote themself. A lock or demotion ends the account's
 * sessions and revokes its API tokens at once (a token carries the role it was issued
 * with).
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UserAdministration {

	static final int MAX_REASON = 200;

	private final UserRepository users;

	private final UserDirectory directory;

	private final CashService cash;

	private final Store store;

	private final UserSessions sessions;

	private final TokenRevocations tokens;

	private final Messages messages;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	UserAdministration(UserRepository users, UserDirectory directory, CashService cash, Store store,
			UserSessions sessions, TokenRevocations tokens, Messages messages, ApplicationEventPublisher events) {
		this.users = users;
		this.directory = directory;
		this.cash = cash;
		this.store = store;
		this.sessions = sessions;
		this.tokens = tokens;
		this.messages = messages;
		this.events = events;
	}

	/**
	 * One page of accounts by username.
	 * @param search text the username or email contains, or null for all
	 * @param after the {@link UserPage#nextAfter()} of the previous page, or null
	 */
	public UserPage users(String search, String after, int limit) {
		if (limit < 1 || limit > 100) {
			throw new InvalidFieldsException("limit", messages.text("admin.rule.limit"), "value_error");
		}
		UserDirectory.Listing listing = directory.list(blankToNull(search), blankToNull(after), limit);
		return new UserPage(listing.users(), listing.hasMore(), listing.nextAfter(), listing.totalCount());
	}

	/**
	 * The account's profile.
	 * @throws UserNotFoundException for an unknown username
	 */
	public Profile user(String username) {
		return existing(username).profile();
	}

	public long userCount() {
		return directory.count();
	}

	/** Cash held by all accounts together. */
	public BigDecimal totalCash() {
		return directory.totalCash();
	}

	/**
	 * Locks or unlocks an account. A lock ends the account's sessions and revokes its
	 * tokens before this returns: the next request of either is refused.
	 * @throws UserNotFoundException for an unknown username
	 * @throws AccountProtectionException locking oneself or the last active admin
	 */
	public Profile setLocked(String admin, String username, boolean locked, String reason) {
		checkReason(reason, false);
		String actor = Username.normalise(admin);
		Profile updated = store.retrying(() -> {
			StoredUser before = existing(username);
			Profile p = before.profile();
			if (locked && p.username().equals(actor)) {
				throw new AccountProtectionException(messages.text("admin.protect.selfLock"));
			}
			AdminGuard guard = directory.adminGuard();
			if (locked && !p.locked() && lastActiveAdmin(p, guard)) {
				throw new AccountProtectionException(messages.text("admin.protect.lastAdmin"));
			}
			var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
			directory.changeAccess(before, p.role(), locked, now, guard.version());
			return withAccess(p, p.role(), locked, now);
		});
		int ended = 0;
		int revoked = 0;
		if (locked) {
			ended = sessions.endAllBut(updated.username(), null);
			revoked = tokens.revokeAllOf(updated.username(), null);
		}
		events
			.publishEvent(new AccountLockedByAdmin(actor, updated.username(), locked, ended, revoked, trimmed(reason)));
		return updated;
	}

	/**
	 * Grants ({@code ADMIN}) or revokes ({@code CUSTOMER}) the admin role. A demotion
	 * ends the account's sessions and tokens, which carry the old role.
	 * @throws UserNotFoundException for an unknown username
	 * @throws AccountProtectionException demoting oneself or the last active admin
	 * @throws InvalidFieldsException for a role other than the two
	 */
	public Profile setRole(String admin, String username, String role, String reason) {
		String wanted = role == null ? "" : role.trim().toUpperCase(Locale.ROOT);
		if (!Profile.ADMIN.equals(wanted) && !Profile.CUSTOMER.equals(wanted)) {
			throw new InvalidFieldsException("role", messages.text("admin.rule.role"), "enum");
		}
		checkReason(reason, false);
		String actor = Username.normalise(admin);
		boolean[] changed = { false };
		Profile updated = store.retrying(() -> {
			StoredUser before = existing(username);
			Profile p = before.profile();
			changed[0] = !p.role().equals(wanted);
			if (!changed[0]) {
				return p;
			}
			boolean demotion = Profile.CUSTOMER.equals(wanted);
			if (demotion && p.username().equals(actor)) {
				throw new AccountProtectionException(messages.text("admin.protect.selfDemote"));
			}
			AdminGuard guard = directory.adminGuard();
			if (demotion && lastActiveAdmin(p, guard)) {
				throw new AccountProtectionException(messages.text("admin.protect.lastAdmin"));
			}
			var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
			directory.changeAccess(before, wanted, p.locked(), now, guard.version());
			return withAccess(p, wanted, p.locked(), now);
		});
		if (changed[0]) {
			if (Profile.CUSTOMER.equals(wanted)) {
				sessions.endAllBut(updated.username(), null);
				tokens.revokeAllOf(updated.username(), null);
			}
			events.publishEvent(new RoleChanged(actor, updated.username(), wanted, trimmed(reason)));
		}
		return updated;
	}

	/**
	 * Adds a signed amount to the account's cash through {@link CashService#adjust}: one
	 * atomic write of the balance and a {@code SYSTEM_ADJUSTMENT} ledger entry whose
	 * description is the reason, in turn with the account's other cash movements. Counts
	 * against no daily limit.
	 * @throws InvalidFieldsException without a reason, for a zero or malformed amount, or
	 * when the available cash would fall below $0.00
	 * @throws UserNotFoundException for an unknown username
	 */
	public LedgerEntry adjustCash(String admin, String username, String rawAmount, String reason) {
		List<FieldViolation> violations = new ArrayList<>();
		BigDecimal amount = cash.adjustment(rawAmount, violations);
		String why = trimmed(reason);
		if (why == null) {
			violations.add(new FieldViolation("reason", messages.text("admin.rule.reason.required"), "missing"));
		}
		else if (why.length() > MAX_REASON) {
			violations.add(new FieldViolation("reason", messages.text("admin.rule.reason.length", MAX_REASON),
					"string_too_long"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidFieldsException(violations);
		}
		String name = existing(username).username();
		LedgerEntry entry = cash.adjust(name, amount, why);
		events.publishEvent(
				new CashAdjusted(Username.normalise(admin), name, amount, entry.balanceAfter(), entry.id(), why));
		return entry;
	}

	private void checkReason(String reason, boolean required) {
		String why = trimmed(reason);
		if (why == null && required) {
			throw new InvalidFieldsException("reason", messages.text("admin.rule.reason.required"), "missing");
		}
		if (why != null && why.length() > MAX_REASON) {
			throw new InvalidFieldsException("reason", messages.text("admin.rule.reason.length", MAX_REASON),
					"string_too_long");
		}
	}

	private static boolean lastActiveAdmin(Profile target, AdminGuard guard) {
		return Profile.ADMIN.equals(target.role()) && !target.locked()
				&& guard.activeAdmins().stream().noneMatch(name -> !name.equals(target.username()));
	}

	private static Profile withAccess(Profile p, String role, boolean locked, Instant now) {
		return new Profile(p.username(), p.email(), p.firstName(), p.lastName(), p.phone(), p.dateOfBirth(),
				p.marketingConsent(), role, locked, p.createdAt(), now);
	}

	private StoredUser existing(String username) {
		String name = Username.normalise(username);
		return users.find(name).orElseThrow(() -> new UserNotFoundException(name));
	}

	private static String trimmed(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static String blankToNull(String value) {
		return trimmed(value);
	}

}
