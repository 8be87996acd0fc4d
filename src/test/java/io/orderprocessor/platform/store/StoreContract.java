package io.orderprocessor.platform.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The store's contract: the same tests against every engine (PostgreSQL in every build,
 * DynamoDB when one is configured). Each test works in partitions of its own, so engines
 * may keep data between tests. Items with equal sort keys in a secondary ordering come in
 * no promised order (DynamoDB promises none), but each exactly once across pages.
 */
public abstract class StoreContract {

	protected Store store;

	private String run;

	/** The engine under test; may be shared by all tests of the class. */
	protected abstract StoreEngine engine();

	/** False for an implementation without multi-item transactions (dynalite). */
	protected boolean supportsTransactions() {
		return true;
	}

	@BeforeEach
	void newStore() {
		store = new Store(engine(), 30, new SimpleMeterRegistry());
		run = UUID.randomUUID().toString().substring(0, 8);
	}

	private String pk(String name) {
		return "T" + run + "#" + name;
	}

	private Item item(String pk, String sk) {
		return Item.at(pk, sk).set("note", "n-" + sk).build();
	}

	@Test
	void anItemPutIsReadBackWithEveryKindOfValue() {
		Item written = Item.at(pk("values"), "A")
			.set("text", "déjà vu")
			.set("money", new BigDecimal("12345678901234567890.12"))
			.set("quantity", new BigDecimal("0.10000000"))
			.set("whole", 42L)
			.set("flag", true)
			.set("details", Map.of("reason", "test", "by", "contract"))
			.set("at", Instant.parse("2026-12-02T10:15:30.123Z"))
			.build();
		store.write(AtomicWrite.create().put(written));

		Item read = store.get(written.key()).orElseThrow();
		assertThat(read.str("text")).isEqualTo("déjà vu");
		assertThat(read.decimal("money")).isEqualByComparingTo("12345678901234567890.12");
		assertThat(read.decimal("quantity")).isEqualByComparingTo("0.1");
		assertThat(read.longValue("whole", 0)).isEqualTo(42);
		assertThat(read.bool("flag")).isTrue();
		assertThat(read.map("details")).isEqualTo(Map.of("reason", "test", "by", "contract"));
		assertThat(read.instant("at")).isEqualTo(Instant.parse("2026-12-02T10:15:30.123Z"));
		assertThat(store.get(pk("values"), "missing")).isEmpty();
	}

	@Test
	void putIfAbsentWritesOnceAndNamesTheFailedLabel() {
		store.write(AtomicWrite.create().putIfAbsent("first", item(pk("once"), "A")));
		Item second = Item.at(pk("once"), "A").set("note", "second").build();

		assertThatThrownBy(() -> store.write(AtomicWrite.create().putIfAbsent("claim", second)))
			.isInstanceOfSatisfying(ConditionFailedException.class, ex -> {
				assertThat(ex.failed()).containsExactly("claim");
				assertThat(ex).isNotInstanceOf(OptimisticConflictException.class);
			});
		assertThat(store.get(pk("once"), "A").orElseThrow().str("note")).isEqualTo("n-A");
	}

	@Test
	void aVersionedUpdateCreatesAtZeroAndRefusesAStaleVersion() {
		Key key = Key.of(pk("versioned"), "COUNTER");
		store.write(AtomicWrite.create().updateVersioned("counter", key, Changes.set("n", 1L), 0));
		assertThat(store.get(key).orElseThrow().version()).isEqualTo(1);

		assertThatThrownBy(
				() -> store.write(AtomicWrite.create().updateVersioned("counter", key, Changes.set("n", 2L), 0)))
			.isInstanceOf(OptimisticConflictException.class);
		store.write(AtomicWrite.create().updateVersioned("counter", key, Changes.set("n", 2L), 1));

		Item read = store.get(key).orElseThrow();
		assertThat(read.version()).isEqualTo(2);
		assertThat(read.longValue("n", 0)).isEqualTo(2);
	}

	@Test
	void equalToAndExistsConditionsGuardPutsAndDeletes() {
		Key key = Key.of(pk("order"), "O1");
		store.write(AtomicWrite.create().put(Item.at(key).set("status", "PENDING").build()));

		store.write(AtomicWrite.create()
			.put("order", Item.at(key).set("status", "COMPLETED").build(), Condition.equalTo("status", "PENDING")));
		assertThatThrownBy(() -> store.write(AtomicWrite.create()
			.put("order", Item.at(key).set("status", "CANCELLED").build(), Condition.equalTo("status", "PENDING"))))
			.isInstanceOf(ConditionFailedException.class);
		assertThatThrownBy(() -> store
			.write(AtomicWrite.create().delete("gone", Key.of(pk("order"), "missing"), Condition.exists())))
			.isInstanceOf(ConditionFailedException.class);

		store.write(AtomicWrite.create().delete("order", key, Condition.equalTo("status", "COMPLETED")));
		assertThat(store.get(key)).isEmpty();
	}

	@Test
	void numericBoundsHoldOnTheStoredValue() {
		Key day = Key.of(pk("limits"), "DAY");
		BigDecimal limit = new BigDecimal("100.00");
		store.write(deposit(day, "60.00", limit));
		assertThatThrownBy(() -> store.write(deposit(day, "50.00", limit)))
			.isInstanceOfSatisfying(ConditionFailedException.class, ex -> assertThat(ex.failed()).contains("limit"));
		store.write(deposit(day, "40.00", limit));
		assertThat(store.get(day).orElseThrow().decimal("deposited")).isEqualByComparingTo("100.00");
		assertThatThrownBy(() -> store.write(deposit(day, "0.01", limit))).isInstanceOf(ConditionFailedException.class);

		// atLeast on another item, checked without changing it
		Key cash = Key.of(pk("limits"), "CASH");
		store.write(AtomicWrite.create().put(Item.at(cash).set("available", new BigDecimal("25.00")).build()));
		store.write(AtomicWrite.create().check("cash", cash, Condition.atLeast("available", new BigDecimal("25.00"))));
		assertThatThrownBy(() -> store
			.write(AtomicWrite.create().check("cash", cash, Condition.atLeast("available", new BigDecimal("25.01")))))
			.isInstanceOf(ConditionFailedException.class);
	}

	private static AtomicWrite deposit(Key day, String amount, BigDecimal limit) {
		BigDecimal value = new BigDecimal(amount);
		return AtomicWrite.create()
			.update("limit", day, Changes.none().andAdd("deposited", value),
					Condition.sumAtMost("deposited", value, limit));
	}

	@Test
	void changesSetOnlyWhereAbsentAddAndRemove() {
		Key key = Key.of(pk("changes"), "A");
		store.write(AtomicWrite.create()
			.update(null, key, Changes.set("a", "one").andIfAbsent("created", "first").andAdd("n", BigDecimal.TEN),
					null));
		store.write(AtomicWrite.create()
			.update(null, key, Changes.set("a", null).andIfAbsent("created", "second").andAdd("n", BigDecimal.ONE),
					Condition.exists()));

		Item read = store.get(key).orElseThrow();
		assertThat(read.has("a")).isFalse();
		assertThat(read.str("created")).isEqualTo("first");
		assertThat(read.decimal("n")).isEqualByComparingTo("11");
	}

	@Test
	void aWriteOfManyItemsHappensWhollyOrNotAtAll() {
		assumeTrue(supportsTransactions());
		String pk = pk("atomic");
		store.write(AtomicWrite.create().put(item(pk, "EXISTING")));

		assertThatThrownBy(() -> store.write(AtomicWrite.create()
			.put(item(pk, "NEW1"))
			.update("counter", Key.of(pk, "COUNTER"), Changes.set("n", 1L), null)
			.putIfAbsent("existing", item(pk, "EXISTING"))
			.putIfAbsent("other", item(pk, "NEW2")))).isInstanceOfSatisfying(ConditionFailedException.class,
					ex -> assertThat(ex.failed()).containsExactly("existing"));

		assertThat(store.queryAll(Query.table(pk))).extracting(i -> i.key().sk()).containsExactly("EXISTING");

		store.write(AtomicWrite.create()
			.put(item(pk, "NEW1"))
			.update("counter", Key.of(pk, "COUNTER"), Changes.set("n", 1L), null)
			.check("existing", Key.of(pk, "EXISTING"), Condition.exists()));
		assertThat(store.queryAll(Query.table(pk))).extracting(i -> i.key().sk())
			.containsExactly("COUNTER", "EXISTING", "NEW1");
	}

	@Test
	void concurrentVersionedWritersOnOneKeyLoseNoUpdate() throws Exception {
		Key key = Key.of(pk("hot"), "COUNTER");
		int threads = 8;
		int each = 15;
		List<Integer> results = inParallel(threads, () -> {
			for (int i = 0; i < each; i++) {
				store.retrying(() -> {
					Item current = store.get(key).orElse(null);
					long version = current == null ? 0 : current.version();
					store.write(AtomicWrite.create()
						.updateVersioned("counter", key, Changes.none().andAdd("n", BigDecimal.ONE), version));
					return null;
				});
			}
			return each;
		});
		assertThat(results).hasSize(threads);
		Item counter = store.get(key).orElseThrow();
		assertThat(counter.decimal("n")).isEqualByComparingTo(BigDecimal.valueOf(threads * each));
		assertThat(counter.version()).isEqualTo(threads * each);
	}

	@Test
	void concurrentClaimsOfOneKeyHaveExactlyOneWinner() throws Exception {
		assumeTrue(supportsTransactions());
		String pk = pk("claim");
		AtomicInteger refused = new AtomicInteger();
		List<Integer> won = inParallel(8, () -> {
			try {
				store.write(AtomicWrite.create()
					.putIfAbsent("claim", item(pk, "CLAIM"))
					.update("count", Key.of(pk, "COUNT"), Changes.none().andAdd("n", BigDecimal.ONE), null));
				return 1;
			}
			catch (ConditionFailedException ex) {
				refused.incrementAndGet();
				return 0;
			}
		});
		assertThat(won.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
		assertThat(refused).hasValue(7);
		assertThat(store.get(pk, "COUNT").orElseThrow().decimal("n")).isEqualByComparingTo("1");
	}

	@Test
	void pagesFollowTheSortKeyBothWaysWithOpaqueCursors() {
		String pk = pk("pages");
		List<String> sks = IntStream.range(0, 23).mapToObj(i -> "E#" + String.format("%03d", i)).toList();
		writeAll(pk, sks);
		store.write(AtomicWrite.create().put(item(pk, "OTHER")));

		assertThat(pagesOf(Query.table(pk).beginsWith("E#").limit(10))).isEqualTo(sks);
		assertThat(pagesOf(Query.table(pk).beginsWith("E#").newestFirst().limit(7))).isEqualTo(reversed(sks));
		assertThat(pagesOf(Query.table(pk).between("E#005", "E#009").limit(2))).containsExactly("E#005", "E#006",
				"E#007", "E#008", "E#009");

		Page first = store.query(Query.table(pk).beginsWith("E#").limit(23));
		assertThat(first.items()).hasSize(23);
		assertThat(first.hasMore()).isFalse();

		Page resumed = store
			.query(Query.table(pk).beginsWith("E#").newestFirst().afterItem(Key.of(pk, "E#020"), null).limit(3));
		assertThat(resumed.items()).extracting(i -> i.key().sk()).containsExactly("E#019", "E#018", "E#017");
		assertThat(store.count(Query.table(pk).beginsWith("E#"))).isEqualTo(23);
	}

	@Test
	void filtersDropItemsButPagesStayFull() {
		String pk = pk("filtered");
		for (int i = 0; i < 30; i++) {
			store.write(AtomicWrite.create()
				.put(Item.at(pk, "E#" + String.format("%03d", i))
					.set("type", i % 3 == 0 ? "DEPOSIT" : "WITHDRAWAL")
					.set("name", "user" + i + "@example.com")
					.build()));
		}
		Query deposits = Query.table(pk).where(Filter.equalTo("type", "DEPOSIT")).limit(4);
		List<String> pages = pagesOf(deposits);
		assertThat(pages).containsExactly("E#000", "E#003", "E#006", "E#009", "E#012", "E#015", "E#018", "E#021",
				"E#024", "E#027");
		assertThat(store.query(Query.table(pk).where(Filter.equalTo("type", "DEPOSIT")).limit(4)).items()).hasSize(4);
		assertThat(store.count(Query.table(pk).where(Filter.equalTo("type", "DEPOSIT")))).isEqualTo(10);
		assertThat(store.queryAll(Query.table(pk)
			.where(Filter.anyOf(Filter.contains("name", "user7@"), Filter.contains("name", "user17@")))))
			.extracting(i -> i.key().sk())
			.containsExactly("E#007", "E#017");
	}

	@Test
	void secondaryOrderingsSortByTheirOwnKeysAndBreakTiesByTableKey() {
		String index = pk("open");
		String other = pk("other");
		store.write(AtomicWrite.create().put(indexed(pk("u1"), "ORDER#1", index, "BUY#0000000450")));
		store.write(AtomicWrite.create().put(indexed(pk("u2"), "ORDER#2", index, "BUY#0000000100")));
		store.write(AtomicWrite.create().put(indexed(pk("u3"), "ORDER#3", index, "BUY#0000000450")));
		store.write(AtomicWrite.create().put(indexed(pk("u4"), "ORDER#4", index, "SELL#0000000300")));
		store.write(AtomicWrite.create().put(indexed(pk("u5"), "ORDER#5", other, "BUY#0000000450")));

		// DynamoDB promises no order among equal index sort keys: ties are a set, read
		// once each
		assertThat(pagesOfIndex(Query.index(Index.GSI1, index).between("BUY#0000000200", "BUY#9999999999").limit(1)))
			.containsExactlyInAnyOrder(pk("u1"), pk("u3"));
		List<String> buysDown = pagesOfIndex(Query.index(Index.GSI1, index).beginsWith("BUY#").newestFirst().limit(2));
		assertThat(buysDown).hasSize(3);
		assertThat(buysDown.subList(0, 2)).containsExactlyInAnyOrder(pk("u1"), pk("u3"));
		assertThat(buysDown.get(2)).isEqualTo(pk("u2"));
		assertThat(store.count(Query.index(Index.GSI1, index))).isEqualTo(4);

		Item user = Item.at(pk("alice"), "PROFILE")
			.set(Attributes.GSI2PK, pk("users"))
			.set(Attributes.GSI2SK, "alice")
			.build();
		Item bob = Item.at(pk("bob"), "PROFILE")
			.set(Attributes.GSI2PK, pk("users"))
			.set(Attributes.GSI2SK, "bob")
			.build();
		store.write(AtomicWrite.create().put(bob));
		store.write(AtomicWrite.create().put(user));
		Page page = store.query(Query.index(Index.GSI2, pk("users")).limit(1));
		assertThat(page.items()).extracting(i -> i.str(Attributes.GSI2SK)).containsExactly("alice");
		assertThat(store.query(Query.index(Index.GSI2, pk("users")).afterItem(user.key(), "alice")).items())
			.extracting(i -> i.str(Attributes.GSI2SK))
			.containsExactly("bob");
	}

	private static Item indexed(String pk, String sk, String indexPk, String indexSk) {
		return Item.at(pk, sk).set(Attributes.GSI1PK, indexPk).set(Attributes.GSI1SK, indexSk).build();
	}

	@Test
	void aBatchReadReturnsTheItemsThatExist() {
		String pk = pk("batch");
		List<String> sks = IntStream.range(0, 130).mapToObj(i -> "B#" + i).toList();
		writeAll(pk, sks);
		List<Key> keys = new ArrayList<>(sks.stream().map(sk -> Key.of(pk, sk)).toList());
		keys.add(Key.of(pk, "missing"));

		List<Item> items = store.getAll(keys);
		assertThat(items).hasSize(130);
		assertThat(items).extracting(i -> i.key().sk()).containsExactlyInAnyOrderElementsOf(sks);
		assertThat(store.getAll(List.of())).isEmpty();
	}

	@Test
	void expiredItemsAreGoneForReadsAndConditions() {
		String pk = pk("expiry");
		long past = Instant.now().getEpochSecond() - 60;
		long future = Instant.now().getEpochSecond() + 3600;
		store.write(AtomicWrite.create()
			.put(Item.at(pk, "OLD").set(Attributes.EXPIRES_AT, past).set("note", "old").build()));
		store.write(AtomicWrite.create().put(Item.at(pk, "NEW").set(Attributes.EXPIRES_AT, future).build()));

		assertThat(store.get(pk, "OLD")).isEmpty();
		assertThat(store.getAll(List.of(Key.of(pk, "OLD"), Key.of(pk, "NEW")))).extracting(i -> i.key().sk())
			.containsExactly("NEW");
		assertThat(store.queryAll(Query.table(pk))).extracting(i -> i.key().sk()).containsExactly("NEW");
		assertThat(store.count(Query.table(pk))).isEqualTo(1);

		store.write(AtomicWrite.create().putIfAbsent("again", Item.at(pk, "OLD").set("note", "fresh").build()));
		assertThat(store.get(pk, "OLD").orElseThrow().str("note")).isEqualTo("fresh");
	}

	@Test
	void aScanFindsLiveItemsThatMatch() {
		String pk = pk("scan");
		writeAll(pk, List.of("A", "B"));
		List<String> found = new ArrayList<>();
		store.scan(Filter.equalTo(Attributes.PK, pk), item -> found.add(item.key().sk()));
		assertThat(found).containsExactlyInAnyOrder("A", "B");
	}

	private static List<String> reversed(List<String> list) {
		List<String> copy = new ArrayList<>(list);
		Collections.reverse(copy);
		return copy;
	}

	private void writeAll(String pk, List<String> sks) {
		for (String sk : sks) {
			store.write(AtomicWrite.create().put(item(pk, sk)));
		}
	}

	/** The sort keys of every page of the query, following the cursors. */
	private List<String> pagesOf(Query query) {
		List<String> sks = new ArrayList<>();
		Page page = store.query(query);
		int pages = 1;
		sks.addAll(page.items().stream().map(i -> i.key().sk()).toList());
		while (page.hasMore()) {
			assertThat(page.items()).hasSize(query.limit());
			page = store.query(query.after(page.cursor()));
			sks.addAll(page.items().stream().map(i -> i.key().sk()).toList());
			assertThat(++pages).as("pages").isLessThan(100);
		}
		return sks;
	}

	private List<String> pagesOfIndex(Query query) {
		List<String> pks = new ArrayList<>();
		Page page = store.query(query);
		pks.addAll(page.items().stream().map(i -> i.key().pk()).toList());
		while (page.hasMore()) {
			page = store.query(query.after(page.cursor()));
			pks.addAll(page.items().stream().map(i -> i.key().pk()).toList());
		}
		return pks;
	}

	private static <T> List<T> inParallel(int threads, Callable<T> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				futures.add(pool.submit(task));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
