package io.orderprocessor.user.internal;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.stereotype.Repository;

import io.orderprocessor.platform.store.AtomicWrite;
import io.orderprocessor.platform.store.Condition;
import io.orderprocessor.platform.store.Store;
import io.orderprocessor.user.LedgerEntry;
import io.orderprocessor.user.Profile;

@Repository
class StoreUserRepository implements UserRepository {

	private final Store store;

	StoreUserRepository(Store store) {
		this.store = store;
	}

	@Override
	public Optional<StoredUser> find(String username) {
		return store.get(UserItems.profileKey(username)).map(UserItems::user);
	}

	@Override
	public void create(StoredUser user, LedgerEntry openingDeposit) {
		String username = user.username();
		AtomicWrite tx = AtomicWrite.create()
			.putIfAbsent(USERNAME_TAKEN, UserItems.profile(user))
			.putIfAbsent(EMAIL_TAKEN, UserItems.emailClaim(user.profile().email(), username));
		if (openingDeposit == null) {
			tx.putIfAbsent("cash", UserItems.cash(username, BigDecimal.ZERO.setScale(2), null));
		}
		else {
			tx.putIfAbsent("cash", UserItems.cash(username, openingDeposit.balanceAfter(), openingDeposit.createdAt()))
				.putIfAbsent("ledger", UserItems.ledger(username, openingDeposit));
		}
		store.write(tx);
	}

	@Override
	public void update(StoredUser before, StoredUser after) {
		Profile p = after.profile();
		AtomicWrite tx = AtomicWrite.create()
			.updateVersioned("profile", UserItems.profileKey(p.username()), UserItems.profileChanges(after),
					before.version());
		String oldEmail = before.profile().email();
		if (!oldEmail.equals(p.email())) {
			tx.putIfAbsent(EMAIL_TAKEN, UserItems.emailClaim(p.email(), p.username()))
				.delete("old-email", UserItems.emailKey(oldEmail), Condition.equalTo("username", p.username()));
		}
		store.write(tx);
	}

}
