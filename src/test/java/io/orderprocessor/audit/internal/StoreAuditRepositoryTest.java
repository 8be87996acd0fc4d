package io.orderprocessor.audit.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.github.f4b6a3.ulid.UlidCreator;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.orderprocessor.audit.AuditEntry;
import io.orderprocessor.audit.AuditPage;
import io.orderprocessor.audit.AuditQuery;
import io.orderprocessor.platform.store.InMemoryStoreEngine;
import io.orderprocessor.platform.store.Store;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log's searches over an in-memory store: pages newest first across day
 * partitions and through the by-actor index, filters, date ranges and id cursors.
 */
class StoreAuditRepositoryTest {

	private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 1);

	private static final String SIGNED_IN = "user.signed_in";

	private static final String LOCKED = "admin.user_locked";

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final StoreAuditRepository repository = new StoreAuditRepository(
			new Store(new InMemoryStoreEngine(), 30, meters));

	private final List<AuditEntry> saved = new ArrayList<>();

	/**
	 * Five days of entries, every five hours, by alice, bob and anonymous visitors; the
	 * third day has none.
	 */
	@BeforeEach
	void fiveDaysOfEntries() {
		String[] actors = { "alice", "bob", null };
		int n = 0;
		for (Instant time = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofMinutes(7)); time
			.isBefore(FIRST_DAY.plusDays(5).atStartOfDay(ZoneOffset.UTC).toInstant()); time = time
				.plus(Duration.ofHours(5))) {
			if (LocalDate.ofInstant(time, ZoneOffset.UTC).equals(FIRST_DAY.plusDays(2))) {
				continue;
			}
			String actor = actors[n % 3];
			String action = n % 2 == 0 ? SIGNED_IN : LOCKED;
			AuditEntry entry = new AuditEntry(UlidCreator.getUlid(time.toEpochMilli()).toString(), time, action, actor,
					n % 4 == 0 ? "carol" : "dave", "203.0.113." + n, "Browser " + n, "req-" + n,
					n % 5 == 0 ? Map.of() : Map.of("reason", "because " + n, "limit", "login"));
			repository.save(entry);
			saved.add(entry);
			n++;
		}
		assertThat(saved).hasSizeGreaterThan(15);
	}

	@Test
	void everyEntryOfTheRangeComesPageAfterPageNewestFirst() {
		List<AuditEntry> expected = expected(FIRST_DAY, FIRST_DAY.plusDays(4), e -> true);

		List<AuditEntry> read = readAll(null, null, null, FIRST_DAY, FIRST_DAY.plusDays(4), 3);

		assertThat(read).containsExactlyElementsOf(expected);
	}

	@Test
	void filtersAndTheDateRangeNarrowTheSearchAcrossDays() {
		LocalDate from = FIRST_DAY.plusDays(1);
		LocalDate to = FIRST_DAY.plusDays(3);

		List<AuditEntry> read = readAll(null, "carol", SIGNED_IN, from, to, 2);

		assertThat(read).isNotEmpty()
			.containsExactlyElementsOf(
					expected(from, to, e -> "carol".equals(e.target()) && SIGNED_IN.equals(e.action())));
	}

	@Test
	void anActorsEntriesAreReadThroughTheIndexWithFilters() {
		List<AuditEntry> all = readAll("alice", null, null, FIRST_DAY, FIRST_DAY.plusDays(4), 2);
		List<AuditEntry> locks = readAll("bob", null, LOCKED, FIRST_DAY, FIRST_DAY.plusDays(4), 1);

		assertThat(all).isNotEmpty()
			.containsExactlyElementsOf(expected(FIRST_DAY, FIRST_DAY.plusDays(4), e -> "alice".equals(e.actor())));
		assertThat(locks).isNotEmpty()
			.containsExactlyElementsOf(expected(FIRST_DAY, FIRST_DAY.plusDays(4),
					e -> "bob".equals(e.actor()) && LOCKED.equals(e.action())));
		assertThat(repository.byActor("alice", 3)).containsExactlyElementsOf(all.subList(0, 3));
		assertThat(repository.byActor("nobody", 3)).isEmpty();
	}

	@Test
	void aFullLastPageSaysThereIsNoMore() {
		int total = expected(FIRST_DAY, FIRST_DAY.plusDays(4), e -> true).size();

		AuditPage all = repository
			.search(new AuditQuery(null, null, null, FIRST_DAY, FIRST_DAY.plusDays(4), null, total));
		AuditPage empty = repository
			.search(new AuditQuery(null, null, "no.such_event", FIRST_DAY, FIRST_DAY.plusDays(4), null, 5));

		assertThat(all.entries()).hasSize(total);
		assertThat(all.hasMore()).isFalse();
		assertThat(all.nextCursor()).isNull();
		assertThat(empty.entries()).isEmpty();
		assertThat(empty.hasMore()).isFalse();
	}

	@Test
	void aPageOfTheNewestDayIsOneQuery() {
		double before = queries();

		AuditPage page = repository.search(new AuditQuery(null, null, null, FIRST_DAY, FIRST_DAY.plusDays(4), null, 1));

		assertThat(page.entries()).hasSize(1);
		assertThat(page.hasMore()).isTrue();
		assertThat(queries() - before).isEqualTo(1);
	}

	@Test
	void entriesKeepEveryFieldAndTheirDetails() {
		AuditEntry withDetails = saved.stream().filter(e -> !e.details().isEmpty()).findFirst().orElseThrow();
		AuditEntry anonymous = new AuditEntry(
				UlidCreator.getUlid(Instant.parse("2026-03-06T10:00:00Z").toEpochMilli()).toString(),
				Instant.parse("2026-03-06T10:00:00Z"), SIGNED_IN, null, null, null, null, null, Map.of());
		repository.save(anonymous);

		List<AuditEntry> read = readAll(null, null, null, FIRST_DAY, FIRST_DAY.plusDays(5), 50);

		assertThat(read).contains(withDetails);
		assertThat(read.get(0)).isEqualTo(anonymous);
		assertThat(read.get(0).details()).isEmpty();
	}

	private List<AuditEntry> readAll(String actor, String target, String action, LocalDate from, LocalDate to,
			int limit) {
		List<AuditEntry> read = new ArrayList<>();
		String cursor = null;
		for (int pages = 0; pages < 100; pages++) {
			AuditPage page = repository.search(new AuditQuery(actor, target, action, from, to, cursor, limit));
			assertThat(page.entries()).hasSizeLessThanOrEqualTo(limit);
			read.addAll(page.entries());
			if (!page.hasMore()) {
				assertThat(page.nextCursor()).isNull();
				return read;
			}
			assertThat(page.entries()).hasSize(limit);
			assertThat(page.nextCursor()).isEqualTo(page.entries().get(limit - 1).id());
			cursor = page.nextCursor();
		}
		throw new AssertionError("more than 100 pages");
	}

	private List<AuditEntry> expected(LocalDate from, LocalDate to, Predicate<AuditEntry> filter) {
		return saved.stream().filter(e -> {
			LocalDate day = LocalDate.ofInstant(e.time(), ZoneOffset.UTC);
			return !day.isBefore(from) && !day.isAfter(to);
		}).filter(filter).sorted(Comparator.comparing(AuditEntry::id).reversed()).toList();
	}

	private double queries() {
		return meters.find("store.calls").tag("operation", "query").timers().stream().mapToDouble(Timer::count).sum();
	}

}
