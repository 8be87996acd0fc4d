package io.orderprocessor.order.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.orderprocessor.inventory.Asset;
import io.orderprocessor.inventory.AssetNotFoundException;
import io.orderprocessor.inventory.InventoryService;
import io.orderprocessor.inventory.Symbols;
import io.orderprocessor.order.AssetTransactionPage;
import io.orderprocessor.order.Holding;
import io.orderprocessor.order.HoldingNotFoundException;
import io.orderprocessor.order.OrderQueries;
import io.orderprocessor.platform.web.InvalidFieldsException;
import io.orderprocessor.platform.web.Messages;

/** One holding and its asset transactions, for programs ({@code api.md}). */
@RestController
class HoldingApiController {

	private final OrderQueries orders;

	private final InventoryService inventory;

	private final Messages messages;

	HoldingApiController(OrderQueries orders, InventoryService inventory, Messages messages) {
		this.orders = orders;
		this.inventory = inventory;
		this.messages = messages;
	}

	@GetMapping("/api/v1/balance/asset/{assetId}")
	HoldingJson holding(@AuthenticationPrincipal Jwt token, @PathVariable String assetId) {
		Asset asset = asset(assetId);
		Holding holding = orders.holding(token.getSubject(), asset.symbol())
			.orElseThrow(() -> new HoldingNotFoundException(asset.symbol()));
		BigDecimal price = inventory.quote(asset).price();
		return new HoldingJson(asset.symbol(), asset.name(), OrderJson.quantity(holding.quantity()),
				OrderJson.price(price),
				holding.quantity().multiply(price).setScale(2, RoundingMode.HALF_EVEN).toPlainString(),
				holding.createdAt(), holding.updatedAt());
	}

	@GetMapping("/api/v1/assets/{assetId}/transactions")
	TransactionList transactions(@AuthenticationPrincipal Jwt token, @PathVariable String assetId,
			@RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String cursor) {
		Asset asset = asset(assetId);
		AssetTransactionPage page = orders.transactions(token.getSubject(), asset.symbol(),
				cursor == null || cursor.isBlank() ? null : cursor.trim(), limit);
		return new TransactionList(page.transactions()
			.stream()
			.map(t -> new TransactionJson(t.symbol(), t.side().name(), OrderJson.quantity(t.quantity()),
					OrderJson.price(t.price()), OrderJson.money(t.total()), t.orderId(), "completed", t.timestamp()))
			.toList(), page.hasMore(), page.totalCount(), page.nextCursor());
	}

	private Asset asset(String assetId) {
		String symbol = Symbols.normalise(assetId)
			.orElseThrow(() -> new InvalidFieldsException("asset_id", messages.text("rule.assetId"), "pattern"));
		return inventory.find(symbol).orElseThrow(() -> new AssetNotFoundException(symbol));
	}

	record HoldingJson(String assetId, String assetName, String quantity, String currentPrice, String totalValue,
			Instant createdAt, Instant updatedAt) {
	}

	record TransactionJson(String assetId, String transactionType, String quantity, String price, String totalAmount,
			String orderId, String status, Instant timestamp) {
	}

	record TransactionList(List<TransactionJson> data, boolean hasMore, long totalCount, String nextCursor) {
	}

}
