package io.orderprocessor.user.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.stereotype.Repository;

import io.orderprocessor.platform.dynamodb.DynamoDbStore;
import io.orderprocessor.platform.dynamodb.WriteTransaction;
import io.orderprocessor.user.LedgerEntry;
import io.orderprocessor.user.Profile;

import static io.orderprocessor.user.internal.Items.n;
import static io.orderprocessor.user.internal.Items.s;

@Repository
class DynamoDbUserRepository implements UserRepository {

	private final DynamoDbStore store;

	DynamoDbUserRepository(DynamoDbStore store) {
		this.store = store;
	}

	@Override
	public Optional<StoredUser> find(String username) {
		Map<String, AttributeValue> item = store.get(Items.userPk(username), Items.PROFILE);
		return item == null || item.isEmpty() ? Optional.empty() : Optional.of(Items.user(item));
	}

	@Override
	public void create(StoredUser user, LedgerEntry openingDeposit) {
		String username = user.username();
		WriteTransaction tx = store.transaction()
			.putIfAbsent(USERNAME_TAKEN, Items.profile(user))
			.putIfAbsent(EMAIL_TAKEN, Items.emailClaim(user.profile().email(), username));
		if (openingDeposit == null) {
			tx.putIfAbsent("cash", Items.cash(username, java.math.BigDecimal.ZERO.setScale(2), null));
		}
		else {
			tx.putIfAbsent("cash", Items.cash(username, openingDeposit.balanceAfter(), openingDeposit.createdAt()))
				.putIfAbsent("ledger", Items.ledger(username, openingDeposit));
		}
		store.write(tx);
	}

	@Override
	public void update(StoredUser before, StoredUser after) {
		Profile p = after.profile();
		Map<String, AttributeValue> values = new HashMap<>();
		List<String> sets = new ArrayList<>();
		List<String> removes = new ArrayList<>();
		set("email", s(p.email()), sets, values);
		set("password_hash", s(after.passwordHash()), sets, values);
		set("first_name", s(p.firstName()), sets, values);
		set("last_name", s(p.lastName()), sets, values);
		if (p.phone() == null) {
			removes.add("#phone");
		}
		else {
			set("phone", s(p.phone()), sets, values);
		}
		if (p.dateOfBirth() == null) {
			removes.add("#date_of_birth");
		}
		else {
			set("date_of_birth", s(p.dateOfBirth().toString()), sets, values);
		}
		set("marketing_consent", AttributeValue.fromBool(p.marketingConsent()), sets, values);
		set("role", s(p.role()), sets, values);
		set("status", s(p.locked() ? "locked" : "active"), sets, values);
		set("updated_at", s(p.updatedAt().toString()), sets, values);
		// REMOVE first: the store appends the version to the SET clause at the end
		String expression = (removes.isEmpty() ? "" : "REMOVE " + String.join(", ", removes) + " ") + "SET "
				+ String.join(", ", sets);
		WriteTransaction tx = store.transaction()
			.updateVersioned("profile", DynamoDbStore.key(Items.userPk(p.username()), Items.PROFILE), expression,
					before.version(), values);
		String oldEmail = before.profile().email();
		if (!oldEmail.equals(p.email())) {
			tx.putIfAbsent(EMAIL_TAKEN, Items.emailClaim(p.email(), p.username()))
				.delete("old-email", DynamoDbStore.key(Items.emailPk(oldEmail), Items.EMAIL), "#username = :owner",
						Map.of(":owner", s(p.username())));
		}
		store.write(tx);
	}

	private static void set(String name, AttributeValue value, List<String> sets, Map<String, AttributeValue> values) {
		sets.add("#" + name + " = :" + name);
		values.put(":" + name, value);
	}

	static AttributeValue number(long value) {
		return n(value);
	}

}
