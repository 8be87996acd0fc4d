package io.orderprocessor.order.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import com.github.f4b6a3.ulid.Ulid;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import io.orderprocessor.order.AssetTransaction;
import io.orderprocessor.order.Order;
import io.orderprocessor.order.OrderStatus;
import io.orderprocessor.order.OrderType;
import io.orderprocessor.platform.dynamodb.Keys;

/** Keys and item mapping of the order module's part of the single table. */
final class OrderItems {

	static final String ORDER_PREFIX = "ORDER#";

	static final String HOLDING_PREFIX = "HOLDING#";

	static final String ASSETTX_PREFIX = "ASSETTX#";

	static final String IDEM_PREFIX = "IDEM#";

	static final String OPEN_PREFIX = "OPEN#";

	/** {@code GSI2PK} of the day index: every order under the UTC day it was placed. */
	static final String DAY_PREFIX = "ORDERS#";

	/** Limit prices in cents, zero-padded so the index sorts them as numbers. */
	static final int PRICE_DIGITS = 12;

	private OrderItems() {
	}

	static String userPk(String username) {
		return "USER#" + username;
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

	static Map<String, AttributeValue> order(Order o) {
		Map<String, AttributeValue> item = new HashMap<>();
		item.put(Keys.PK, s(userPk(o.username())));
		item.put(Keys.SK, s(orderSk(o.id())));
		item.put("entity", s("ORDER"));
		item.put("order_id", s(o.id()));
		item.put("username", s(o.username()));
		item.put("type", s(o.type().name()));
		item.put("side", s(o.type().side().name()));
		item.put("symbol", s(o.symbol()));
		item.put("quantity", n(o.quantity()));
		if (o.limitPrice() != null) {
			item.put("limit_price", n(o.limitPrice()));
		}
		if (o.price() != null) {
			item.put("price", n(o.price()));
		}
		item.put("total", n(o.total()));
		item.put("held", n(o.held()));
		item.put("status", s(o.status().name()));
		item.put("created_at", s(o.createdAt().toString()));
		item.put("updated_at", s(o.updatedAt().toString()));
		if (o.filledAt() != null) {
			item.put("filled_at", s(o.filledAt().toString()));
		}
		// the day index (GSI2): the admin area lists all users' orders, newest first
		item.put(Keys.GSI2PK, s(dayPk(dayOf(o.id()))));
		item.put(Keys.GSI2SK, s(o.ulid()));
		if (o.isPending()) {
			item.put(Keys.GSI1PK, s(openPk(o.symbol())));
			item.put(Keys.GSI1SK, s(openSk(o.type().side(), o.limitPrice().movePointRight(2))));
		}
		return item;
	}

	static Order order(Map<String, AttributeValue> item) {
		OrderType type = OrderType.valueOf(str(item, "type"));
		return new Order(str(item, "order_id"), str(item, "username"), type, str(item, "symbol"),
				scaled(decimal(item, "quantity"), 8), scaled(decimal(item, "limit_price"), 2),
				scaled(decimal(item, "price"), 2), scaled(decimal(item, "total"), 2),
				scaled(decimal(item, "held"), type.isBuy() ? 2 : 8), OrderStatus.valueOf(str(item, "status")),
				instant(item, "created_at"), instant(item, "filled_at"), instant(item, "updated_at"));
	}

	static Map<String, AttributeValue> assetTransaction(String username, AssetTransaction t) {
		Map<String, AttributeValue> item = new HashMap<>();
		item.put(Keys.PK, s(userPk(username)));
		item.put(Keys.SK, s(assetTxSk(t.symbol(), t.id())));
		item.put("entity", s("ASSETTX"));
		item.put("symbol", s(t.symbol()));
		item.put("side", s(t.side().name()));
		item.put("quantity", n(t.quantity()));
		item.put("price", n(t.price()));
		item.put("total", n(t.total()));
		item.put("order_id", s(t.orderId()));
		item.put("created_at", s(t.timestamp().toString()));
		return item;
	}

	static AssetTransaction assetTransaction(Map<String, AttributeValue> item) {
		String sk = str(item, Keys.SK);
		return new AssetTransaction(sk.substring(sk.lastIndexOf('#') + 1), str(item, "symbol"),
				OrderType.Side.valueOf(str(item, "side")), scaled(decimal(item, "quantity"), 8),
				scaled(decimal(item, "price"), 2), scaled(decimal(item, "total"), 2), str(item, "order_id"),
				instant(item, "created_at"));
	}

	/**
	 * DynamoDB keeps numbers without trailing zeros: give them back at least their scale
	 * (prices of small assets keep their extra digits).
	 */
	static BigDecimal scaled(BigDecimal value, int scale) {
		return value == null || value.scale() >= scale ? value : value.setScale(scale);
	}

	static AttributeValue s(String value) {
		return AttributeValue.fromS(value);
	}

	static AttributeValue n(BigDecimal value) {
		return AttributeValue.fromN(value.toPlainString());
	}

	static AttributeValue n(long value) {
		return AttributeValue.fromN(Long.toString(value));
	}

	static String str(Map<String, AttributeValue> item, String name) {
		AttributeValue value = item.get(name);
		return value == null ? null : value.s();
	}

	/** A stored number as an exact decimal (never through double), or null. */
	static BigDecimal decimal(Map<String, AttributeValue> item, String name) {
		AttributeValue value = item.get(name);
		return value == null || value.n() == null ? null : new BigDecimal(value.n());
	}

	static Instant instant(Map<String, AttributeValue> item, String name) {
		String value = str(item, name);
		return value == null ? null : Instant.parse(value);
	}

	static long version(Map<String, AttributeValue> item) {
		AttributeValue value = item.get(Keys.VERSION);
		return value == null ? 0 : Long.parseLong(value.n());
	}

}
