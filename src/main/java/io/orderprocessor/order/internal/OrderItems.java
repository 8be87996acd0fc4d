package io.orderprocessor.order.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.github.f4b6a3.ulid.Ulid;

import io.orderprocessor.order.AssetTransaction;
import io.orderprocessor.order.Order;
import io.orderprocessor.order.OrderStatus;
import io.orderprocessor.order.OrderType;
import io.orderprocessor.platform.store.Attributes;
import io.orderprocessor.platform.store.Item;
import io.orderprocessor.platform.store.Key;
import io.orderprocessor.platform.store.UserPartition;

/** Keys and item mapping of the order module's part of the store. */
final class OrderItems {

	static final String ORDER_PREFIX = "ORDER#";

	static final String HOLDING_PREFIX = "HOLDING#";

	static final String ASSETTX_PREFIX = "ASSETTX#";

	static final String OPEN_PREFIX = "OPEN#";

	/** {@code GSI2PK} of the day index: every order under the UTC day it was placed. */
	static final String DAY_PREFIX = "ORDERS#";

	/** Limit prices in cents, zero-padded so the index sorts them as numbers. */
	static final int PRICE_DIGITS = 12;

	private OrderItems() {
	}

	static String orderSk(String orderId) {
		return ORDER_PREFIX + orderId.substring(Order.ID_PREFIX.length());
	}

	static String assetTxSk(String symbol, String id) {
		return ASSETTX_PREFIX + symbol + "#" + id;
	}

	static String openPk(String symbol) {
		return OPEN_PREFIX + symbol;
	}

	static String dayPk(LocalDate day) {
		return DAY_PREFIX + day;
	}

	/**
	 * The UTC day of an order's id (ids are ULIDs, so they carry the time of placing).
	 */
	static LocalDate dayOf(String orderId) {
		return LocalDate.ofInstant(Ulid.from(orderId.substring(Order.ID_PREFIX.length())).getInstant(), ZoneOffset.UTC);
	}

	/** {@code BUY#000000450000}: side and the limit in cents. */
	static String openSk(OrderType.Side side, BigDecimal cents) {
		String digits = cents.setScale(0, RoundingMode.UNNECESSARY).toPlainString();
		return side.name() + "#" + "0".repeat(Math.max(0, PRICE_DIGITS - digits.length())) + digits;
	}

	static Key orderKey(String username, String orderId) {
		return Key.of(UserPartition.of(username), orderSk(orderId));
	}

	static Key holdingKey(String username, String symbol) {
		return Key.of(UserPartition.of(username), HOLDING_PREFIX + symbol);
	}

	static Item order(Order o) {
		Item.Builder item = Item.at(orderKey(o.username(), o.id()))
			.set("entity", "ORDER")
			.set("order_id", o.id())
			.set("username", o.username())
			.set("type", o.type().name())
			.set("side", o.type().side().name())
			.set("symbol", o.symbol())
			.set("quantity", o.quantity())
			.set("limit_price", o.limitPrice())
			.set("price", o.price())
			.set("total", o.total())
			.set("held", o.held())
			.set("status", o.status().name())
			.set("created_at", o.createdAt())
			.set("updated_at", o.updatedAt())
			.set("filled_at", o.filledAt())
			// the day index (GSI2): the admin area lists all users' orders, newest first
			.set(Attributes.GSI2PK, dayPk(dayOf(o.id())))
			.set(Attributes.GSI2SK, o.ulid());
		if (o.isPending()) {
			item.set(Attributes.GSI1PK, openPk(o.symbol()))
				.set(Attributes.GSI1SK, openSk(o.type().side(), o.limitPrice().movePointRight(2)));
		}
		return item.build();
	}

	static Order order(Item item) {
		OrderType type = OrderType.valueOf(item.str("type"));
		return new Order(item.str("order_id"), item.str("username"), type, item.str("symbol"),
				scaled(item.decimal("quantity"), 8), scaled(item.decimal("limit_price"), 2),
				scaled(item.decimal("price"), 2), scaled(item.decimal("total"), 2),
				scaled(item.decimal("held"), type.isBuy() ? 2 : 8), OrderStatus.valueOf(item.str("status")),
				item.instant("created_at"), item.instant("filled_at"), item.instant("updated_at"));
	}

	static Item assetTransaction(String username, AssetTransaction t) {
		return Item.at(UserPartition.of(username), assetTxSk(t.symbol(), t.id()))
			.set("entity", "ASSETTX")
			.set("symbol", t.symbol())
			.set("side", t.side().name())
			.set("quantity", t.quantity())
			.set("price", t.price())
			.set("total", t.total())
			.set("order_id", t.orderId())
			.set("created_at", t.timestamp())
			.build();
	}

	static AssetTransaction assetTransaction(Item item) {
		String sk = item.str(Attributes.SK);
		return new AssetTransaction(sk.substring(sk.lastIndexOf('#') + 1), item.str("symbol"),
				OrderType.Side.valueOf(item.str("side")), scaled(item.decimal("quantity"), 8),
				scaled(item.decimal("price"), 2), scaled(item.decimal("total"), 2), item.str("order_id"),
				item.instant("created_at"));
	}

	/**
	 * One engine keeps numbers without trailing zeros: give them back at least their
	 * scale (prices of small assets keep their extra digits).
	 */
	static BigDecimal scaled(BigDecimal value, int scale) {
		return value == null || value.scale() >= scale ? value : value.setScale(scale);
	}

}
