package io.orderprocessor.audit.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.github.f4b6a3.ulid.Ulid;

import org.springframework.stereotype.Repository;

import io.orderprocessor.audit.AuditEntry;
import io.orderprocessor.audit.AuditPage;
import io.orderprocessor.audit.AuditQuery;
import io.orderprocessor.platform.store.AtomicWrite;
import io.orderprocessor.platform.store.Attributes;
import io.orderprocessor.platform.store.Filter;
import io.orderprocessor.platform.store.Index;
import io.orderprocessor.platform.store.Item;
import io.orderprocessor.platform.store.Query;
import io.orderprocessor.platform.store.Store;

/**
 * {@code AUDIT#<yyyy-mm-dd>} / {@code <ulid>}, with {@code GSI2PK = ACTOR#<username>},
 * {@code GSI2SK = <ulid>} for a user's history.
 */
@Repository
class StoreAuditRepository implements AuditRepository {

	private static final String DAY_PREFIX = "AUDIT#";

	private static final String ACTOR_PREFIX = "ACTOR#";

	private final Store store;

	StoreAuditRepository(Store store) {
		this.store = store;
	}

	@Override
	public void save(AuditEntry entry) {
		Item.Builder item = Item.at(DAY_PREFIX + LocalDate.ofInstant(entry.time(), ZoneOffset.UTC), entry.id())
			.set("entity", "AUDIT")
			.set("time", entry.time())
			.set("action", entry.action())
			.set("actor", entry.actor())
			.set("target", entry.target())
			.set("ip", entry.ipAddress())
			.set("user_agent", entry.userAgent())
			.set("request_id", entry.requestId());
		if (!entry.details().isEmpty()) {
			item.set("details", entry.details());
		}
		if (entry.actor() != null) {
			item.set(Attributes.GSI2PK, ACTOR_PREFIX + entry.actor()).set(Attributes.GSI2SK, entry.id());
		}
		store.write(AtomicWrite.create().put(item.build()));
	}

	@Override
	public List<AuditEntry> byActor(String actor, int limit) {
		return store.queryAll(Query.index(Index.GSI2, ACTOR_PREFIX + actor).newestFirst().limit(limit))
			.stream()
			.limit(limit)
			.map(StoreAuditRepository::entry)
			.toList();
	}

	/**
	 * Reads day partitions newest first (or the actor's index), ids between the start of
	 * {@code from} and the cursor (or the end of {@code to}), until one entry more than
	 * the page is found: that one tells whether another page follows.
	 */
	@Override
	public AuditPage search(AuditQuery query) {
		String lo = Ulid.min(query.from().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()).toString();
		String hi = query.cursor() != null ? query.cursor()
				: Ulid.max(query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1)
					.toString();
		List<Filter> filters = new ArrayList<>();
		if (query.target() != null) {
			filters.add(Filter.equalTo("target", query.target()));
		}
		if (query.action() != null) {
			filters.add(Filter.equalTo("action", query.action()));
		}
		List<AuditEntry> found = new ArrayList<>();
		int wanted = query.limit() + 1;
		if (query.actor() != null) {
			collect(Query.index(Index.GSI2, ACTOR_PREFIX + query.actor()), lo, hi, filters, query.cursor(), wanted,
					found);
		}
		else {
			LocalDate newest = query.cursor() == null ? query.to()
					: LocalDate.ofInstant(Ulid.from(query.cursor()).getInstant(), ZoneOffset.UTC);
			for (LocalDate day = newest; !day.isBefore(query.from()) && found.size() < wanted; day = day.minusDays(1)) {
				collect(Query.table(DAY_PREFIX + day), lo, hi, filters, query.cursor(), wanted, found);
			}
		}
		boolean hasMore = found.size() > query.limit();
		List<AuditEntry> page = hasMore ? found.subList(0, query.limit()) : found;
		return new AuditPage(List.copyOf(page), hasMore, hasMore ? page.get(page.size() - 1).id() : null);
	}

	/**
	 * Adds the matching entries of one partition, newest first, until {@code wanted}; the
	 * range includes the cursor's own entry, which is skipped.
	 */
	private void collect(Query partition, String lo, String hi, List<Filter> filters, String skipId, int wanted,
			List<AuditEntry> found) {
		Query query = partition.between(lo, hi).newestFirst().limit(wanted - found.size() + (skipId == null ? 0 : 1));
		for (Filter filter : filters) {
			query = query.where(filter);
		}
		for (Item item : store.queryAll(query)) {
			AuditEntry entry = entry(item);
			if (found.size() < wanted && !entry.id().equals(skipId)) {
				found.add(entry);
			}
		}
	}

	private static AuditEntry entry(Item item) {
		return new AuditEntry(item.str(Attributes.SK), item.instant("time"), item.str("action"), item.str("actor"),
				item.str("target"), item.str("ip"), item.str("user_agent"), item.str("request_id"),
				item.map("details"));
	}

}
