package io.orderprocessor.user.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Repository;

import io.orderprocessor.platform.store.AtomicWrite;
import io.orderprocessor.platform.store.Changes;
import io.orderprocessor.platform.store.Filter;
import io.orderprocessor.platform.store.Index;
import io.orderprocessor.platform.store.Item;
import io.orderprocessor.platform.store.Key;
import io.orderprocessor.platform.store.Query;
import io.orderprocessor.platform.store.Store;
import io.orderprocessor.shared.Username;
import io.orderprocessor.user.Profile;

/**
 * The user index is {@code GSI2PK = USERS}, {@code GSI2SK = <username>} on every profile
 * item (written with the profile); listing, searching and counting are range reads of it,
 * never a scan. On DynamoDB the index is eventually consistent: a brand-new account may
 * take a moment to show.
 */
@Repository
class StoreUserDirectory implements UserDirectory {

	static final String GUARD_PK = "ADMINS";

	static final String GUARD_SK = "GUARD";

	private static final Key GUARD = Key.of(GUARD_PK, GUARD_SK);

	private final Store store;

	StoreUserDirectory(Store store) {
		this.store = store;
	}

	@Override
	public Listing list(String search, String after, int limit) {
		// one more than a page tells whether another page follows
		int wanted = limit + 1;
		Query page = users(search).limit(wanted);
		if (after != null) {
			String name = Username.normalise(after);
			page = page.afterItem(UserItems.profileKey(name), name);
		}
		List<Profile> users = store.queryAll(page).stream().map(item -> UserItems.user(item).profile()).toList();
		boolean hasMore = users.size() > limit;
		List<Profile> shown = hasMore ? users.subList(0, limit) : users;
		return new Listing(List.copyOf(shown), hasMore, hasMore ? shown.get(shown.size() - 1).username() : null,
				store.count(users(search)));
	}

	@Override
	public long count() {
		return store.count(users(null));
	}

	@Override
	public BigDecimal totalCash() {
		List<Key> cash = store.queryAll(users(null))
			.stream()
			.map(item -> UserItems.cashKey(item.str("username")))
			.toList();
		return store.getAll(cash)
			.stream()
			.map(item -> UserItems.decimal(item, "balance"))
			.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	@Override
	public AdminGuard adminGuard() {
		long version = store.get(GUARD).map(Item::version).orElse(0L);
		// the index may lag a moment behind: it names the candidates, and each one is
		// confirmed by a consistent read of its profile
		List<Key> candidates = store.queryAll(users(null).where(Filter.equalTo("role", Profile.ADMIN)))
			.stream()
			.map(item -> UserItems.profileKey(item.str("username")))
			.toList();
		List<String> active = store.getAll(candidates)
			.stream()
			.map(item -> UserItems.user(item).profile())
			.filter(p -> Profile.ADMIN.equals(p.role()) && !p.locked())
			.map(Profile::username)
			.sorted()
			.toList();
		return new AdminGuard(version, active);
	}

	@Override
	public void changeAccess(StoredUser before, String role, boolean locked, Instant now, long guardVersion) {
		store.write(AtomicWrite.create()
			.updateVersioned("profile", UserItems.profileKey(before.username()),
					Changes.set("role", role).and("status", UserItems.status(locked)).and("updated_at", now),
					before.version())
			.updateVersioned("admin-guard", GUARD, Changes.set("updated_at", now), guardVersion));
	}

	/** Every profile by username, or those whose username or email contains the text. */
	private static Query users(String search) {
		Query users = Query.index(Index.GSI2, UserItems.USERS_INDEX);
		if (search != null && !search.isBlank()) {
			// usernames and emails are stored in lower case
			String part = search.trim().toLowerCase(Locale.ROOT);
			users = users.where(Filter.anyOf(Filter.contains("username", part), Filter.contains("email", part)));
		}
		return users;
	}

}
