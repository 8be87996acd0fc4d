package io.orderprocessor.order.api;

import java.util.List;

import tools.jackson.databind.annotation.JsonDeserialize;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.orderprocessor.inventory.Symbols;
import io.orderprocessor.order.OrderPage;
import io.orderprocessor.order.OrderQueries;
import io.orderprocessor.order.OrderQuery;
import io.orderprocessor.order.OrderService;
import io.orderprocessor.order.OrderStatus;
import io.orderprocessor.order.OrderType;
import io.orderprocessor.order.PlaceOrder;
import io.orderprocessor.order.Placement;
import io.orderprocessor.platform.web.ExactNumberText;
import io.orderprocessor.platform.web.InvalidFieldsException;
import io.orderprocessor.platform.web.Messages;

/** Orders for programs ({@code api.md}, Orders and holdings). */
@RestController
@RequestMapping("/api/v1/orders")
class OrderApiController {

	private final OrderService orders;

	private final OrderQueries queries;

	private final Messages messages;

	OrderApiController(OrderService orders, OrderQueries queries, Messages messages) {
		this.orders = orders;
		this.queries = queries;
		this.messages = messages;
	}

	/**
	 * 201 with the new order; a key used before answers 200 with the order it placed
	 * first and places nothing.
	 */
	@PostMapping
	ResponseEntity<Data<OrderJson>> place(@AuthenticationPrincipal Jwt token, @RequestBody PlaceOrderRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) String headerKey) {
		String key = request.idempotencyKey() != null ? request.idempotencyKey() : headerKey;
		Placement placement = orders.place(token.getSubject(),
				PlaceOrder.of(request.orderType(), request.assetId(), request.quantity(), request.price(), key));
		return ResponseEntity.status(placement.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
			.header("Idempotent-Replayed", Boolean.toString(placement.replayed()))
			.body(new Data<>(OrderJson.of(placement.order())));
	}

	@GetMapping
	OrderList list(@AuthenticationPrincipal Jwt token, @RequestParam(defaultValue = "50") int limit,
			@RequestParam(defaultValue = "0") int offset, @RequestParam(required = false) String cursor,
			@RequestParam(name = "asset_id", required = false) String assetId,
			@RequestParam(name = "order_type", required = false) String orderType,
			@RequestParam(required = false) String status) {
		OrderType type = blank(orderType) ? null : OrderType.parse(orderType)
			.orElseThrow(() -> new InvalidFieldsException("order_type", messages.text("rule.orderType"), "enum"));
		OrderStatus state = blank(status) ? null : OrderStatus.parse(status)
			.orElseThrow(() -> new InvalidFieldsException("status", messages.text("rule.status"), "enum"));
		String symbol = blank(assetId) ? null : Symbols.normalise(assetId)
			.orElseThrow(() -> new InvalidFieldsException("asset_id", messages.text("rule.assetId"), "pattern"));
		OrderPage page = queries.orders(token.getSubject(), new OrderQuery(symbol, type, null, state, null, null,
				blank(cursor) ? null : cursor.trim(), offset, limit));
		return new OrderList(page.orders().stream().map(OrderJson::of).toList(), page.hasMore(), page.totalCount(),
				page.nextCursor());
	}

	@GetMapping("/{orderId}")
	Data<OrderJson> get(@AuthenticationPrincipal Jwt token, @PathVariable String orderId) {
		return new Data<>(OrderJson.of(queries.get(token.getSubject(), orderId)));
	}

	@DeleteMapping("/{orderId}")
	Data<OrderJson> cancel(@AuthenticationPrincipal Jwt token, @PathVariable String orderId) {
		return new Data<>(OrderJson.of(orders.cancel(token.getSubject(), orderId)));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	record PlaceOrderRequest(String orderType, String assetId,
			@JsonDeserialize(using = ExactNumberText.class) String quantity,
			@JsonDeserialize(using = ExactNumberText.class) String price, String idempotencyKey) {
	}

	record Data<T>(T data) {
	}

	record OrderList(List<OrderJson> data, boolean hasMore, long totalCount, String nextCursor) {
	}

}
