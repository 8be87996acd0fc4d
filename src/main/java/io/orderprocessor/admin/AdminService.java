package io.orderprocessor.admin;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import io.orderprocessor.audit.AuditLog;
import io.orderprocessor.audit.AuditPage;
import io.orderprocessor.audit.AuditQuery;
import io.orderprocessor.inventory.Asset;
import io.orderprocessor.inventory.AssetChanges;
import io.orderprocessor.inventory.CatalogueAdministration;
import io.orderprocessor.inventory.NewAsset;
import io.orderprocessor.order.OrderAdministration;
import io.orderprocessor.order.OrderListing;
import io.orderprocessor.order.OrderQuery;
import io.orderprocessor.platform.web.InvalidFieldsException;
import io.orderprocessor.shared.Username;
import io.orderprocessor.user.CashService;
import io.orderprocessor.user.LedgerEntry;
import io.orderprocessor.user.LedgerPage;
import io.orderprocessor.user.LedgerQuery;
import io.orderprocessor.user.Profile;
import io.orderprocessor.user.UserAdministration;
import io.orderprocessor.user.UserNotFoundException;
import io.orderprocessor.user.UserPage;
import io.orderprocessor.user.UserRules;

/**
 * The admin area's one service: pages and API both call it, so both apply the same rules
 * and audit the same way. Admins only, by method security as well as by the URL rules.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AdminService {

	/** The orders shown on a user page. */
	static final int RECENT_ORDERS = 20;

	private final UserAdministration users;

	private final CashService cash;

	private final CatalogueAdministration catalogue;

	private final AuditLog audit;

	private final OrderAdministration orders;

	private final HealthEndpoint health;

	AdminService(UserAdministration users, CashService cash, CatalogueAdministration catalogue, AuditLog audit,
			OrderAdministration orders, HealthEndpoint health) {
		this.users = users;
		this.cash = cash;
		this.catalogue = catalogue;
		this.audit = audit;
		this.orders = orders;
		this.health = health;
	}

	public Overview overview() {
		Map<String, String> checks = new LinkedHashMap<>();
		for (String name : List.of("store", "redis", "prices")) {
			HealthDescriptor descriptor = health.healthForPath(name);
			checks.put(name, descriptor != null && Status.UP.equals(descriptor.getStatus()) ? "up" : "down");
		}
		return new Overview(users.userCount(), orders.today(), users.totalCash(), checks);
	}

	public UserPage users(String search, String after, int limit) {
		return users.users(search, after, limit);
	}

	/**
	 * @throws io.orderprocessor.user.UserNotFoundException for an unknown username
	 */
	public UserDetail user(String username, String ledgerCursor, int ledgerLimit) {
		Profile profile = users.user(possible(username));
		LedgerPage ledger = cash.ledger(profile.username(),
				new LedgerQuery(null, null, null, ledgerCursor, ledgerLimit));
		return new UserDetail(profile, cash.balance(profile.username()), ledger, orders.holdings(profile.username()),
				orders.recent(profile.username(), RECENT_ORDERS));
	}

	public Profile lock(String admin, String username, String reason) {
		return users.setLocked(admin, possible(username), true, reason);
	}

	public Profile unlock(String admin, String username, String reason) {
		return users.setLocked(admin, possible(username), false, reason);
	}

	public Profile grantAdmin(String admin, String username, String reason) {
		return users.setRole(admin, possible(username), Profile.ADMIN, reason);
	}

	public Profile revokeAdmin(String admin, String username, String reason) {
		return users.setRole(admin, possible(username), Profile.CUSTOMER, reason);
	}

	public LedgerEntry adjustCash(String admin, String username, String amount, String reason) {
		return users.adjustCash(admin, possible(username), amount, reason);
	}

	/** Changes an asset; the catalogue announces what changed. */
	public Asset updateAsset(String admin, String symbol, AssetChanges changes, String reason) {
		return catalogue.update(admin, symbol, changes, reason);
	}

	public Asset addAsset(String admin, NewAsset asset) {
		return catalogue.add(admin, asset);
	}

	/**
	 * One page of the audit log; without dates, the last 7 days.
	 * @throws InvalidFieldsException for a reversed or too long date range or a bad
	 * cursor
	 */
	public AuditPage audit(String actor, String target, String action, LocalDate from, LocalDate to, String cursor,
			int limit) {
		LocalDate end = to != null ? to : LocalDate.now(ZoneOffset.UTC);
		LocalDate start = from != null ? from : end.minusDays(6);
		try {
			return audit
				.search(new AuditQuery(lower(actor), blank(target), lower(action), start, end, blank(cursor), limit));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFieldsException(ex.getMessage().contains("cursor") ? "cursor"
					: ex.getMessage().contains("limit") ? "limit" : "from", ex.getMessage(), "value_error");
		}
	}

	/**
	 * One page of every user's orders (or one user's), newest first; without dates, the
	 * last {@value OrderAdministration#DEFAULT_DAYS} days.
	 * @throws InvalidFieldsException for a reversed or too long date range, or a bad
	 * cursor
	 */
	public OrderListing orders(String username, OrderQuery query) {
		String filter = lower(username);
		if (filter != null && !UserRules.isUsername(filter)) {
			throw new InvalidFieldsException("username",
					"Username must be 6-30 letters, digits or _, not starting or ending with _", "pattern");
		}
		return orders.orders(filter, query);
	}

	/**
	 * A username that can exist, checked before it reaches the store (whose keys have a
	 * size limit): anything else is a user that is not there.
	 * @throws UserNotFoundException for a string no username can be
	 */
	private static String possible(String username) {
		String name = Username.normalise(username);
		if (!UserRules.isUsername(name)) {
			throw new UserNotFoundException(name.length() > 40 ? name.substring(0, 40) + "..." : name);
		}
		return name;
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static String lower(String value) {
		String trimmed = blank(value);
		return trimmed == null ? null : trimmed.toLowerCase(Locale.ROOT);
	}

}
