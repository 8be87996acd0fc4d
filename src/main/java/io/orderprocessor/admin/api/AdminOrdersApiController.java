package io.orderprocessor.admin.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.orderprocessor.admin.AdminService;
import io.orderprocessor.inventory.Symbols;
import io.orderprocessor.order.Order;
import io.orderprocessor.order.OrderListing;
import io.orderprocessor.order.OrderQuery;
import io.orderprocessor.order.OrderStatus;
import io.orderprocessor.order.OrderType;
import io.orderprocessor.platform.web.InvalidFieldsException;

/**
 * Every user's orders for admin programs, newest first: {@code username},
 * {@code asset_id}, {@code order_type}, {@code side}, {@code status}, {@code from}/
 * {@code to} (UTC days, default the last 30), {@code cursor}, {@code limit}.
 */
@RestController
class AdminOrdersApiController {

	private final AdminService admin;

	AdminOrdersApiController(AdminService admin) {
		this.admin = admin;
	}

	@GetMapping("/api/v1/admin/orders")
	OrdersResponse orders(@RequestParam(required = false) String username,
			@RequestParam(name = "asset_id", required = false) String assetId,
			@RequestParam(name = "order_type", required = false) String orderType,
			@RequestParam(required = false) String side, @RequestParam(required = false) String status,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String cursor, @RequestParam(defaultValue = "50") int limit) {
		OrderQuery query = new OrderQuery(
				parse("asset_id", assetId, Symbols::normalise, "asset_id is not a valid asset symbol"),
				parse("order_type", orderType, OrderType::parse,
						"order_type must be one of market_buy, market_sell, limit_buy, limit_sell"),
				parse("side", side, OrderType.Side::parse, "side must be buy or sell"),
				parse("status", status, OrderStatus::parse,
						"status must be one of pending, completed, cancelled, rejected, expired"),
				parse("from", from, AdminOrdersApiController::date, "Dates are written yyyy-mm-dd"),
				parse("to", to, AdminOrdersApiController::date, "Dates are written yyyy-mm-dd"),
				cursor == null || cursor.isBlank() ? null : cursor.trim(), 0, limit);
		OrderListing listing = admin.orders(username == null || username.isBlank() ? null : username, query);
		return new OrdersResponse(listing.orders().stream().map(AdminOrder::of).toList(), listing.hasMore(),
				listing.nextCursor());
	}

	private static <T> T parse(String field, String value, Function<String, Optional<T>> parser, String message) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return parser.apply(value.trim()).orElseThrow(() -> new InvalidFieldsException(field, message, "value_error"));
	}

	private static Optional<LocalDate> date(String value) {
		try {
			return Optional.of(LocalDate.parse(value));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	record OrdersResponse(List<AdminOrder> data, boolean hasMore, String nextCursor) {
	}

	/** An order in the orders API's shape, with its owner. */
	record AdminOrder(String orderId, String username, String orderType, String assetId, String quantity, String price,
			String limitPrice, String status, String totalAmount, Instant createdAt, Instant filledAt) {

		static AdminOrder of(Order o) {
			return new AdminOrder(o.id(), o.username(), o.type().apiName(), o.symbol(), o.quantity().toPlainString(),
					plain(o.price()), plain(o.limitPrice()), o.status().apiName(), plain(o.total()), o.createdAt(),
					o.filledAt());
		}

		private static String plain(BigDecimal value) {
			return value == null ? null : value.toPlainString();
		}

	}

}
