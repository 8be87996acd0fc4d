package io.orderprocessor.user.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

import io.orderprocessor.platform.store.Attributes;
import io.orderprocessor.platform.store.Changes;
import io.orderprocessor.platform.store.Item;
import io.orderprocessor.platform.store.Key;
import io.orderprocessor.platform.store.UserPartition;
import io.orderprocessor.user.LedgerEntry;
import io.orderprocessor.user.LedgerType;
import io.orderprocessor.user.Profile;

/** Keys and item mapping of the user module's part of the store. */
final class UserItems {

	static final String PROFILE = "PROFILE";

	static final String CASH = "CASH";

	static final String EMAIL = "EMAIL";

	static final String LEDGER_PREFIX = "LEDGER#";

	/** {@code GSI2PK} of every profile: the admin pages list and search users there. */
	static final String USERS_INDEX = "USERS";

	private static final BigDecimal ZERO_CASH = BigDecimal.ZERO.setScale(2);

	private UserItems() {
	}

	static String emailPk(String email) {
		return "EMAIL#" + email;
	}

	static String daySk(LocalDate day) {
		return "DAY#" + day;
	}

	static Key profileKey(String username) {
		return Key.of(UserPartition.of(username), PROFILE);
	}

	static Key cashKey(String username) {
		return Key.of(UserPartition.of(username), CASH);
	}

	static Key emailKey(String email) {
		return Key.of(emailPk(email), EMAIL);
	}

	static Key dayKey(String username, LocalDate day) {
		return Key.of(UserPartition.of(username), daySk(day));
	}

	static Key ledgerKey(String username, String entryId) {
		return Key.of(UserPartition.of(username), LEDGER_PREFIX + entryId);
	}

	/**
	 * The profile item: its identity (username, creation, the user index) and its
	 * {@link #profileChanges details}.
	 */
	static Item profile(StoredUser user) {
		Profile p = user.profile();
		Item identity = Item.at(profileKey(p.username()))
			.set("entity", "USER")
			.set("username", p.username())
			.set("created_at", p.createdAt())
			.set(Attributes.VERSION, user.version())
			// the user index (GSI2): every account under one key, by username, for the
			// admin pages
			.set(Attributes.GSI2PK, USERS_INDEX)
			.set(Attributes.GSI2SK, p.username())
			.build();
		return profileChanges(user).applyTo(identity.key(), identity);
	}

	/**
	 * Every attribute of the profile an update may change, written at creation and by
	 * each update; a null phone or date of birth removes it.
	 */
	static Changes profileChanges(StoredUser user) {
		Profile p = user.profile();
		return Changes.set("email", p.email())
			.and("password_hash", user.passwordHash())
			.and("first_name", p.firstName())
			.and("last_name", p.lastName())
			.and("phone", p.phone())
			.and("date_of_birth", p.dateOfBirth() == null ? null : p.dateOfBirth().toString())
			.and("marketing_consent", p.marketingConsent())
			.and("role", p.role())
			.and("status", status(p.locked()))
			.and("updated_at", p.updatedAt());
	}

	static StoredUser user(Item item) {
		String dateOfBirth = item.str("date_of_birth");
		Profile profile = new Profile(item.str("username"), item.str("email"), item.str("first_name"),
				item.str("last_name"), item.str("phone"), dateOfBirth == null ? null : LocalDate.parse(dateOfBirth),
				item.bool("marketing_consent"), item.str("role"), "locked".equals(item.str("status")),
				item.instant("created_at"), item.instant("updated_at"));
		return new StoredUser(profile, item.str("password_hash"), item.version());
	}

	static String status(boolean locked) {
		return locked ? "locked" : "active";
	}

	static Item emailClaim(String email, String username) {
		return Item.at(emailKey(email)).set("username", username).build();
	}

	static Item cash(String username, BigDecimal balance, Instant updatedAt) {
		return Item.at(cashKey(username))
			.set("balance", balance)
			.set("held", ZERO_CASH)
			.set(Attributes.VERSION, 0L)
			.set("updated_at", updatedAt)
			.build();
	}

	static Item ledger(String username, LedgerEntry entry) {
		return Item.at(ledgerKey(username, entry.id()))
			.set("entity", "LEDGER")
			.set("type", entry.type().name())
			.set("amount", entry.amount())
			.set("balance_after", entry.balanceAfter())
			.set("description", entry.description())
			.set("reference", entry.reference())
			.set("created_at", entry.createdAt())
			.build();
	}

	static LedgerEntry ledgerEntry(Item item) {
		return new LedgerEntry(item.str(Attributes.SK).substring(LEDGER_PREFIX.length()),
				LedgerType.valueOf(item.str("type")), decimal(item, "amount"), decimal(item, "balance_after"),
				item.str("description"), item.str("reference"), item.instant("created_at"));
	}

	/**
	 * A stored amount of cash as an exact decimal with 2 places, 0.00 when missing (one
	 * engine keeps trailing zeros, the other drops them).
	 */
	static BigDecimal decimal(Item item, String name) {
		BigDecimal value = item == null ? null : item.decimal(name);
		return value == null ? ZERO_CASH : value.setScale(2, RoundingMode.UNNECESSARY);
	}

}
