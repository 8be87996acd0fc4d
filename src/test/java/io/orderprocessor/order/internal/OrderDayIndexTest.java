package io.orderprocessor.order.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.github.f4b6a3.ulid.UlidCreator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import io.orderprocessor.order.DailyOrders;
import io.orderprocessor.order.Order;
import io.orderprocessor.order.OrderAdministration;
import io.orderprocessor.order.OrderQuery;
import io.orderprocessor.order.OrderStatus;
import io.orderprocessor.order.OrderType;
import io.orderprocessor.platform.store.AtomicWrite;
import io.orderprocessor.platform.store.Attributes;
import io.orderprocessor.platform.store.Store;
import io.orderprocessor.platform.web.InvalidFieldsException;
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every user's orders through the day index (GSI2 {@code ORDERS#<day>}) against the
 * store: newest first across users and days, filters, cursor pages that cross days, a
 * day's figures, the range rules and admins only. Orders are written on days long past
 * that no other test uses, so the listings hold only them.
 */
@IntegrationTest
class OrderDayIndexTest {

	@Autowired
	OrderRepository repository;

	@Autowired
	OrderAdministration administration;

	@Autowired
	Store store;

	private LocalDate day;

	@BeforeEach
	void aDayNoOtherTestUses() {
		day = LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(7000));
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken("demo_admin", null,
					AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void everyUsersOrdersAreListedNewestFirstAcrossDaysAndPagesWithoutRepeats() {
		String ann = UserMother.uniqueUsername("ann");
		String bob = UserMother.uniqueUsername("bob");
		List<Order> placed = new ArrayList<>();
		// three days with orders, one empty day between them
		placed.add(save(order(ann, day, 9, OrderType.MARKET_BUY, "BTC", OrderStatus.COMPLETED, "100.00")));
		placed.add(save(order(bob, day, 10, OrderType.LIMIT_SELL, "ETH", OrderStatus.PENDING, "50.00")));
		placed.add(save(order(ann, day.plusDays(2), 8, OrderType.MARKET_SELL, "ETH", OrderStatus.COMPLETED, "20.00")));
		placed.add(save(order(bob, day.plusDays(3), 7, OrderType.LIMIT_BUY, "BTC", OrderStatus.CANCELLED, "30.00")));
		placed.add(save(order(bob, day.plusDays(3), 12, OrderType.MARKET_BUY, "SOL", OrderStatus.COMPLETED, "40.00")));
		List<String> newestFirst = new ArrayList<>(placed.stream().map(Order::id).toList());
		Collections.reverse(newestFirst);

		OrderQuery first = new OrderQuery(null, null, null, null, day, day.plusDays(3), null, 0, 2);
		AllOrderPages pages = AllOrderPages.fetch(first, query -> administration.orders(null, query));

		assertThat(pages.ids()).containsExactlyElementsOf(newestFirst);
		assertThat(pages.pages()).isEqualTo(3);
		assertThat(administration.orders(null, first).orders()).extracting(Order::username).containsExactly(bob, bob);
	}

	@Test
	void filtersByAssetSideTypeStatusAndUser() {
		String ann = UserMother.uniqueUsername("ann");
		String bob = UserMother.uniqueUsername("bob");
		Order annBtc = save(order(ann, day, 9, OrderType.MARKET_BUY, "BTC", OrderStatus.COMPLETED, "100.00"));
		Order bobEth = save(order(bob, day, 10, OrderType.LIMIT_SELL, "ETH", OrderStatus.PENDING, "50.00"));
		Order bobBtc = save(order(bob, day.plusDays(1), 10, OrderType.LIMIT_BUY, "BTC", OrderStatus.CANCELLED, "5"));

		assertThat(ids(new OrderQuery("BTC", null, null, null, day, day.plusDays(1), null, 0, 50)))
			.containsExactly(bobBtc.id(), annBtc.id());
		assertThat(ids(new OrderQuery(null, null, OrderType.Side.SELL, null, day, day.plusDays(1), null, 0, 50)))
			.containsExactly(bobEth.id());
		assertThat(ids(new OrderQuery(null, OrderType.LIMIT_BUY, null, null, day, day.plusDays(1), null, 0, 50)))
			.containsExactly(bobBtc.id());
		assertThat(ids(new OrderQuery(null, null, null, OrderStatus.PENDING, day, day.plusDays(1), null, 0, 50)))
			.containsExactly(bobEth.id());
		assertThat(administration.orders(bob, new OrderQuery(null, null, null, null, day, day.plusDays(1), null, 0, 50))
			.orders()).extracting(Order::id).containsExactly(bobBtc.id(), bobEth.id());
		assertThat(ids(new OrderQuery(null, null, null, null, day.plusDays(1), day.plusDays(1), null, 0, 50)))
			.as("a range of one day holds only that day's orders")
			.containsExactly(bobBtc.id());
	}

	@Test
	void aDaysFiguresCountEveryOrderPlacedAndAddUpTheFilledOnesExactly() {
		String ann = UserMother.uniqueUsername("ann");
		save(order(ann, day, 1, OrderType.MARKET_BUY, "BTC", OrderStatus.COMPLETED, "0.10"));
		save(order(ann, day, 2, OrderType.MARKET_SELL, "BTC", OrderStatus.COMPLETED, "0.20"));
		save(order(ann, day, 3, OrderType.LIMIT_BUY, "ETH", OrderStatus.PENDING, "999.99"));
		save(order(ann, day, 4, OrderType.LIMIT_BUY, "ETH", OrderStatus.CANCELLED, "5.00"));
		save(order(ann, day.plusDays(1), 4, OrderType.MARKET_BUY, "ETH", OrderStatus.COMPLETED, "7.00"));

		DailyOrders figures = repository.placedOn(day);

		assertThat(figures.placed()).isEqualTo(4);
		assertThat(figures.filled()).isEqualTo(2);
		assertThat(figures.volume()).isEqualByComparingTo("0.30");
		assertThat(figures.volume().scale()).isEqualTo(2);
		assertThat(repository.placedOn(day.minusDays(1)).placed()).isZero();
	}

	@Test
	void aReversedOrTooLongRangeOrABadCursorIsRefusedNamingTheField() {
		assertThat(violation(new OrderQuery(null, null, null, null, day, day.minusDays(1), null, 0, 50)))
			.isEqualTo("from");
		assertThat(violation(new OrderQuery(null, null, null, null, day, day.plusDays(366), null, 0, 50)))
			.isEqualTo("from");
		assertThat(violation(new OrderQuery(null, null, null, null, day, day, "ord_not-a-ulid", 0, 50)))
			.isEqualTo("cursor");
		assertThat(violation(new OrderQuery(null, null, null, null, day, day, null, 0, 501))).isEqualTo("limit");
		// the tests of this class write orders on random days from 2001 on: 1990 holds
		// none
		LocalDate empty = LocalDate.of(1990, 1, 1);
		assertThat(administration
			.orders(null, new OrderQuery(null, null, null, null, empty, empty.plusDays(365), null, 0, 50))
			.orders()).as("366 days is the longest range").isEmpty();
	}

	@Test
	void onlyAdminsReadEveryonesOrders() {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken("demo_trader", null,
					AuthorityUtils.createAuthorityList("ROLE_CUSTOMER")));

		assertThatThrownBy(() -> administration.orders(null, OrderQuery.latest(10)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> administration.today()).isInstanceOf(AccessDeniedException.class);
	}

	private List<String> ids(OrderQuery query) {
		return administration.orders(null, query).orders().stream().map(Order::id).toList();
	}

	private String violation(OrderQuery query) {
		try {
			administration.orders(null, query);
		}
		catch (InvalidFieldsException ex) {
			return ex.violations().get(0).field();
		}
		return null;
	}

	/**
	 * Stores the order; pending ones stay out of the matcher's index (their users own
	 * nothing).
	 */
	private Order save(Order order) {
		store.write(AtomicWrite.create()
			.put(OrderItems.order(order).toBuilder().remove(Attributes.GSI1PK).remove(Attributes.GSI1SK).build()));
		return order;
	}

	private static Order order(String username, LocalDate day, int hour, OrderType type, String symbol,
			OrderStatus status, String total) {
		Instant at = day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
		String id = Order.ID_PREFIX + UlidCreator.getMonotonicUlid(at.toEpochMilli());
		BigDecimal limit = type.name().startsWith("LIMIT") ? new BigDecimal("100.00") : null;
		BigDecimal price = status == OrderStatus.COMPLETED ? new BigDecimal("100.00") : null;
		return new Order(id, username, type, symbol, new BigDecimal("0.10000000"), limit, price, new BigDecimal(total),
				BigDecimal.ZERO.setScale(2), status, at, status == OrderStatus.COMPLETED ? at : null, at);
	}

}
