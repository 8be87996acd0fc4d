package io.orderprocessor.user.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import io.orderprocessor.platform.dynamodb.Keys;
import io.orderprocessor.user.LedgerEntry;
import io.orderprocessor.user.LedgerType;
import io.orderprocessor.user.Profile;

/** Keys and item mapping of the user module's part of the single table. */
final class Items {

	static final String PROFILE = "PROFILE";

	static final String CASH = "CASH";

	static final String EMAIL = "EMAIL";

	static final String LEDGER_PREFIX = "LEDGER#";

	/** {@code GSI2PK} of every profile: the admin pages list and search users there. */
	static final String USERS_INDEX = "USERS";

	private Items() {
	}

	static String userPk(String username) {
		return "USER#" + username;
	}

	static String emailPk(String email) {
		return "EMAIL#" + email;
	}

	static String daySk(LocalDate day) {
		return "DAY#" + day;
	}

	static Map<String, AttributeValue> profile(StoredUser user) {
		Profile p = user.profile();
		Map<String, AttributeValue> item = new HashMap<>();
		item.put(Keys.PK, s(userPk(p.username())));
		item.put(Keys.SK, s(PROFILE));
		item.put("entity", s("USER"));
		item.put("username", s(p.username()));
		item.put("email", s(p.email()));
		item.put("password_hash", s(user.passwordHash()));
		item.put("first_name", s(p.firstName()));
		item.put("last_name", s(p.lastName()));
		if (p.phone() != null) {
			item.put("phone", s(p.phone()));
		}
		if (p.dateOfBirth() != null) {
			item.put("date_of_birth", s(p.dateOfBirth().toString()));
		}
		item.put("marketing_consent", AttributeValue.fromBool(p.marketingConsent()));
		item.put("role", s(p.role()));
		item.put("status", s(p.locked() ? "locked" : "active"));
		item.put("created_at", s(p.createdAt().toString()));
		item.put("updated_at", s(p.updatedAt().toString()));
		item.put(Keys.VERSION, n(user.version()));
		// the user index (GSI2): every account under one key, by username, for the admin
		// pages
		item.put(Keys.GSI2PK, s(USERS_INDEX));
		item.put(Keys.GSI2SK, s(p.username()));
		return item;
	}

	static StoredUser user(Map<String, AttributeValue> item) {
		Profile profile = new Profile(str(item, "username"), str(item, "email"), str(item, "first_name"),
				str(item, "last_name"), str(item, "phone"),
				item.containsKey("date_of_birth") ? LocalDate.parse(str(item, "date_of_birth")) : null,
				item.containsKey("marketing_consent") && item.get("marketing_consent").bool(), str(item, "role"),
				"locked".equals(str(item, "status")), Instant.parse(str(item, "created_at")),
				Instant.parse(str(item, "updated_at")));
		return new StoredUser(profile, str(item, "password_hash"), version(item));
	}

	static Map<String, AttributeValue> emailClaim(String email, String username) {
		return Map.of(Keys.PK, s(emailPk(email)), Keys.SK, s(EMAIL), "username", s(username));
	}

	static Map<String, AttributeValue> cash(String username, BigDecimal balance, Instant updatedAt) {
		Map<String, AttributeValue> item = new HashMap<>();
		item.put(Keys.PK, s(userPk(username)));
		item.put(Keys.SK, s(CASH));
		item.put("balance", n(balance));
		item.put("held", n(BigDecimal.ZERO.setScale(2)));
		item.put(Keys.VERSION, n(0));
		if (updatedAt != null) {
			item.put("updated_at", s(updatedAt.toString()));
		}
		return item;
	}

	static Map<String, AttributeValue> ledger(String username, LedgerEntry entry) {
		Map<String, AttributeValue> item = new HashMap<>();
		item.put(Keys.PK, s(userPk(username)));
		item.put(Keys.SK, s(LEDGER_PREFIX + entry.id()));
		item.put("entity", s("LEDGER"));
		item.put("type", s(entry.type().name()));
		item.put("amount", n(entry.amount()));
		item.put("balance_after", n(entry.balanceAfter()));
		item.put("description", s(entry.description()));
		if (entry.reference() != null) {
			item.put("reference", s(entry.reference()));
		}
		item.put("created_at", s(entry.createdAt().toString()));
		return item;
	}

	static LedgerEntry ledgerEntry(Map<String, AttributeValue> item) {
		return new LedgerEntry(str(item, Keys.SK).substring(LEDGER_PREFIX.length()),
				LedgerType.valueOf(str(item, "type")), decimal(item, "amount"), decimal(item, "balance_after"),
				str(item, "description"), str(item, "reference"), Instant.parse(str(item, "created_at")));
	}

	static AttributeValue s(String value) {
		return AttributeValue.fromS(value);
	}

	static AttributeValue n(BigDecimal value) {
		return AttributeValue.fromN(value.toPlainString());
	}

	static AttributeValue n(long value) {
		return AttributeValue.fromN(Long.toString(value));
	}

	static String str(Map<String, AttributeValue> item, String name) {
		AttributeValue value = item.get(name);
		return value == null ? null : value.s();
	}

	/** A stored number as an exact decimal with 2 places (never through double). */
	static BigDecimal decimal(Map<String, AttributeValue> item, String name) {
		AttributeValue value = item.get(name);
		return value == null || value.n() == null ? BigDecimal.ZERO.setScale(2)
				: new BigDecimal(value.n()).setScale(2, java.math.RoundingMode.UNNECESSARY);
	}

	static long version(Map<String, AttributeValue> item) {
		AttributeValue value = item.get(Keys.VERSION);
		return value == null ? 0 : Long.parseLong(value.n());
	}

}
