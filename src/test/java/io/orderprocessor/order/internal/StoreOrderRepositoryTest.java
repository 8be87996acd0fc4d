package io.orderprocessor.order.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import com.github.f4b6a3.ulid.UlidCreator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import io.orderprocessor.order.AssetTransaction;
import io.orderprocessor.order.AssetTransactionPage;
import io.orderprocessor.order.Order;
import io.orderprocessor.order.OrderPage;
import io.orderprocessor.order.OrderQuery;
import io.orderprocessor.order.OrderStatus;
import io.orderprocessor.order.OrderType;
import io.orderprocessor.order.internal.OrderRepository.HoldingState;
import io.orderprocessor.platform.store.AtomicWrite;
import io.orderprocessor.platform.store.ConditionFailedException;
import io.orderprocessor.platform.store.InMemoryStoreEngine;
import io.orderprocessor.platform.store.OptimisticConflictException;
import io.orderprocessor.platform.store.Store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The order repository against the in-memory engine: a user's order pages (cursor,
 * offset, filters, true totals), every user's orders across days, the matcher's index,
 * holdings at versions, asset transaction pages and the pending-only update.
 */
class StoreOrderRepositoryTest {

	static final LocalDate DAY = LocalDate.of(2024, 3, 1);

	final Store store = new Store(new InMemoryStoreEngine(), 30, new SimpleMeterRegistry());

	final StoreOrderRepository repository = new StoreOrderRepository(store);

	@Test
	void aUsersOrdersPageNewestFirstByCursorOrOffsetWithTrueTotals() {
		List<Order> placed = new ArrayList<>();
		for (int hour = 1; hour <= 7; hour++) {
			placed.add(save(order("ann", DAY, hour, hour % 2 == 0 ? OrderType.MARKET_SELL : OrderType.MARKET_BUY, "BTC",
					OrderStatus.COMPLETED)));
		}
		save(order("bob", DAY, 3, OrderType.MARKET_BUY, "BTC", OrderStatus.COMPLETED));
		List<String> newestFirst = newestFirst(placed);

		List<String> seen = new ArrayList<>();
		OrderQuery query = OrderQuery.latest(3);
		OrderPage page;
		do {
			page = repository.orders("ann", query);
			assertThat(page.totalCount()).isEqualTo(7);
			page.orders().forEach(o -> seen.add(o.id()));
			query = query.withCursor(page.nextCursor());
		}
		while (page.hasMore());
		assertThat(seen).containsExactlyElementsOf(newestFirst);

		OrderPage skipped = repository.orders("ann", new OrderQuery(null, null, null, null, null, null, null, 5, 3));
		assertThat(skipped.orders()).extracting(Order::id).containsExactlyElementsOf(newestFirst.subList(5, 7));
		assertThat(skipped.hasMore()).isFalse();
		OrderPage sells = repository.orders("ann",
				new OrderQuery(null, null, OrderType.Side.SELL, null, null, null, null, 0, 2));
		assertThat(sells.totalCount()).isEqualTo(3);
		assertThat(sells.orders()).hasSize(2).allMatch(o -> o.type() == OrderType.MARKET_SELL);
		assertThat(sells.hasMore()).isTrue();
		assertThat(repository.orders("ann", new OrderQuery(null, null, null, null, DAY.plusDays(1), null, null, 0, 10))
			.totalCount()).isZero();
		assertThat(repository.recent("ann", 2)).extracting(Order::id)
			.containsExactlyElementsOf(newestFirst.subList(0, 2));
	}

	@Test
	void everyUsersOrdersAreListedNewestFirstAcrossDaysWithoutRepeats() {
		List<Order> placed = new ArrayList<>();
		placed.add(save(order("ann", DAY, 9, OrderType.MARKET_BUY, "BTC", OrderStatus.COMPLETED)));
		placed.add(save(order("bob", DAY, 10, OrderType.LIMIT_SELL, "ETH", OrderStatus.PENDING)));
		placed.add(save(order("ann", DAY.plusDays(2), 8, OrderType.MARKET_SELL, "ETH", OrderStatus.COMPLETED)));
		placed.add(save(order("bob", DAY.plusDays(3), 7, OrderType.LIMIT_BUY, "BTC", OrderStatus.CANCELLED)));
		placed.add(save(order("bob", DAY.plusDays(3), 12, OrderType.MARKET_BUY, "SOL", OrderStatus.COMPLETED)));
		List<String> newestFirst = newestFirst(placed);

		AllOrderPages pages = AllOrderPages
			.fetch(new OrderQuery(null, null, null, null, DAY, DAY.plusDays(3), null, 0, 2), repository::allOrders);

		assertThat(pages.ids()).containsExactlyElementsOf(newestFirst);
		assertThat(pages.pages()).isEqualTo(3);
		assertThat(repository.allOrders(new OrderQuery("BTC", null, null, null, DAY, DAY.plusDays(3), null, 0, 50))
			.orders()).extracting(Order::id).containsExactly(placed.get(3).id(), placed.get(0).id());
		assertThat(repository.placedOn(DAY).placed()).isEqualTo(2);
		assertThat(repository.placedOn(DAY).filled()).isEqualTo(1);
	}

	@Test
	void theMatcherFindsOpenLimitOrdersThatThePriceCrosses() {
		Order buyAt100 = save(limit("ann", OrderType.LIMIT_BUY, "100.00"));
		save(limit("ann", OrderType.LIMIT_BUY, "99.99"));
		Order sellAt100 = save(limit("bob", OrderType.LIMIT_SELL, "100.00"));
		save(limit("bob", OrderType.LIMIT_SELL, "100.01"));

		assertThat(repository.crossing("BTC", new BigDecimal("100.00"))).extracting(Order::id)
			.containsExactlyInAnyOrder(buyAt100.id(), sellAt100.id());
		assertThat(repository.crossing("ETH", new BigDecimal("100.00"))).isEmpty();

		Order filled = buyAt100.filled(new BigDecimal("100.00"), buyAt100.total(), Instant.now());
		AtomicWrite fill = AtomicWrite.create();
		repository.updatePendingOrder(fill, filled);
		store.write(fill);
		assertThat(repository.crossing("BTC", new BigDecimal("100.00"))).extracting(Order::id)
			.containsExactly(sellAt100.id());
		AtomicWrite again = AtomicWrite.create();
		repository.updatePendingOrder(again, filled);
		assertThatThrownBy(() -> store.write(again)).isInstanceOf(ConditionFailedException.class)
			.satisfies(
					ex -> assertThat(((ConditionFailedException) ex).failed()).containsExactly(OrderRepository.ORDER));
	}

	@Test
	void holdingsAreWrittenAtTheirVersionAndKeepWhenTheyWereFirstBought() {
		Instant first = Instant.parse("2024-03-01T10:00:00Z");
		Instant later = Instant.parse("2024-03-02T10:00:00Z");
		write(tx -> repository.putHolding(tx, "ann", repository.holding("ann", "BTC"), new BigDecimal("0.5"),
				BigDecimal.ZERO, new BigDecimal("100.00000000"), first));
		HoldingState one = repository.holding("ann", "BTC");
		write(tx -> repository.putHolding(tx, "ann", one, new BigDecimal("0.75"), new BigDecimal("0.25"),
				new BigDecimal("110.00000000"), later));

		HoldingState two = repository.holding("ann", "BTC");
		assertThat(two.quantity()).isEqualTo("0.75000000");
		assertThat(two.heldQuantity()).isEqualTo("0.25000000");
		assertThat(two.version()).isEqualTo(2);
		assertThat(two.createdAt()).isEqualTo(first);
		assertThat(two.updatedAt()).isEqualTo(later);
		assertThat(repository.holdings("ann")).extracting(h -> h.symbol()).containsExactly("BTC");
		assertThatThrownBy(() -> write(
				tx -> repository.putHolding(tx, "ann", one, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE, later)))
			.isInstanceOf(OptimisticConflictException.class);
		assertThat(repository.holding("ann", "ETH").version()).isZero();
	}

	@Test
	void assetTransactionsPageNewestFirstPerAsset() {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String id = UlidCreator.getMonotonicUlid().toString();
			ids.add(0, id);
			write(tx -> repository.putAssetTransaction(tx, "ann",
					new AssetTransaction(id, "BTC", OrderType.Side.BUY, new BigDecimal("0.1"), new BigDecimal("100.00"),
							new BigDecimal("10.00"), "ord_" + id, Instant.now())));
		}
		write(tx -> repository.putAssetTransaction(tx, "ann",
				new AssetTransaction(UlidCreator.getMonotonicUlid().toString(), "BTCX", OrderType.Side.BUY,
						new BigDecimal("1"), new BigDecimal("1.00"), new BigDecimal("1.00"), "ord_x", Instant.now())));

		AssetTransactionPage first = repository.transactions("ann", "BTC", null, 3);
		assertThat(first.totalCount()).isEqualTo(5);
		assertThat(first.transactions()).extracting(AssetTransaction::id).containsExactlyElementsOf(ids.subList(0, 3));
		assertThat(first.transactions().get(0).quantity()).isEqualTo("0.10000000");
		AssetTransactionPage second = repository.transactions("ann", "BTC", first.nextCursor(), 3);
		assertThat(second.transactions()).extracting(AssetTransaction::id).containsExactlyElementsOf(ids.subList(3, 5));
		assertThat(second.hasMore()).isFalse();
	}

	private static List<String> newestFirst(List<Order> placed) {
		List<String> ids = new ArrayList<>(placed.stream().map(Order::id).toList());
		Collections.reverse(ids);
		return ids;
	}

	private void write(Consumer<AtomicWrite> writes) {
		AtomicWrite tx = AtomicWrite.create();
		writes.accept(tx);
		store.write(tx);
	}

	private Order save(Order order) {
		write(tx -> repository.putNewOrder(tx, order));
		return order;
	}

	private static Order limit(String username, OrderType type, String limitPrice) {
		Instant now = Instant.now();
		BigDecimal limit = new BigDecimal(limitPrice);
		return new Order(Order.ID_PREFIX + UlidCreator.getMonotonicUlid(), username, type, "BTC",
				new BigDecimal("0.10000000"), limit, null, limit.divide(BigDecimal.TEN), limit.divide(BigDecimal.TEN),
				OrderStatus.PENDING, now, null, now);
	}

	private static Order order(String username, LocalDate day, int hour, OrderType type, String symbol,
			OrderStatus status) {
		Instant at = day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
		String id = Order.ID_PREFIX + UlidCreator.getMonotonicUlid(at.toEpochMilli());
		BigDecimal limit = type.isLimit() ? new BigDecimal("100.00") : null;
		BigDecimal price = status == OrderStatus.COMPLETED ? new BigDecimal("100.00") : null;
		return new Order(id, username, type, symbol, new BigDecimal("0.10000000"), limit, price,
				new BigDecimal("10.00"), BigDecimal.ZERO.setScale(2), status, at,
				status == OrderStatus.COMPLETED ? at : null, at);
	}

}
