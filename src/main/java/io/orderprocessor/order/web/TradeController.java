package io.orderprocessor.order.web;

import java.util.List;
import java.util.Optional;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.FragmentsRendering;
import org.springframework.web.util.UriComponentsBuilder;

import io.orderprocessor.inventory.Asset;
import io.orderprocessor.inventory.HistoryRange;
import io.orderprocessor.inventory.InventoryService;
import io.orderprocessor.inventory.MarketFormat;
import io.orderprocessor.inventory.PriceChart;
import io.orderprocessor.order.Order;
import io.orderprocessor.order.OrderFormat;
import io.orderprocessor.order.OrderNotPendingException;
import io.orderprocessor.order.OrderPreview;
import io.orderprocessor.order.OrderQueries;
import io.orderprocessor.order.OrderQuery;
import io.orderprocessor.order.OrderRuleException;
import io.orderprocessor.order.OrderRules;
import io.orderprocessor.order.OrderService;
import io.orderprocessor.order.OrderStatus;
import io.orderprocessor.order.Placement;
import io.orderprocessor.platform.web.InvalidFieldsException.FieldViolation;
import io.orderprocessor.platform.web.InvalidFieldsException;
import io.orderprocessor.platform.web.Messages;
import io.orderprocessor.platform.web.PageController;
import io.orderprocessor.user.CashService;

/**
 * The Trade page: pick an asset, fill in the order with a live estimate from the server,
 * review it, confirm it once (the form's idempotency key makes a double click or a retry
 * harmless), and see open and recent orders with Cancel. Works without scripts
 * (POST-redirect-GET); with htmx the parts update in place.
 */
@Controller
class TradeController implements PageController {

	static final int RECENT = 10;

	/** The layout's flash area, swapped out of band beside the part that changed. */
	private static final String FLASH = "fragments/flash :: out-of-band";

	private final OrderService orders;

	private final OrderQueries queries;

	private final InventoryService inventory;

	private final CashService cash;

	private final OrderRules rules;

	private final Messages messages;

	private final OrderFormat format;

	private final MarketFormat marketFormat;

	TradeController(OrderService orders, OrderQueries queries, InventoryService inventory, CashService cash,
			OrderRules rules, Messages messages, OrderFormat format, MarketFormat marketFormat) {
		this.orders = orders;
		this.queries = queries;
		this.inventory = inventory;
		this.cash = cash;
		this.rules = rules;
		this.messages = messages;
		this.format = format;
		this.marketFormat = marketFormat;
	}

	@GetMapping("/trading")
	String trading(Authentication user, @RequestParam(required = false) String asset,
			@RequestParam(required = false) String side, Model model) {
		Optional<Asset> found = inventory.lookup(asset);
		Asset chosen = found.orElseGet(() -> chosen(null));
		if (found.isEmpty() && asset != null && !asset.isBlank()) {
			// say so next to the picker, keep what was typed, and name the asset shown
			// instead
			model.addAttribute("assetTyped", asset.strip());
			model.addAttribute("assetProblem", messages.text("trade.picker.unknown", asset.strip(), chosen.name()));
		}
		model.addAttribute("form", PlaceOrderForm.fresh(chosen.symbol(), side));
		fillSide(user.getName(), chosen, model);
		model.addAttribute("assets", inventory.assets().stream().filter(Asset::active).toList());
		return "order/trading";
	}

	/** The address people guess: the trade page, with what they asked for. */
	@GetMapping("/trade")
	String trade(@RequestParam MultiValueMap<String, String> query) {
		return "redirect:"
				+ UriComponentsBuilder.fromPath("/trading").queryParams(query).encode().build().toUriString();
	}

	/** The side panel again: after an order, and as prices move. */
	@HxRequest
	@GetMapping("/trading")
	String side(Authentication user, @RequestParam(required = false) String asset, Model model) {
		fillSide(user.getName(), chosen(asset), model);
		return "order/trading :: trade-side";
	}

	/** The live estimate as the user types (htmx only): at most one read. */
	@HxRequest
	@PostMapping("/trading/preview")
	String preview(Authentication user, @ModelAttribute("form") PlaceOrderForm form, Model model) {
		if (!form.isEmpty()) {
			model.addAttribute("preview", preview(user.getName(), form));
		}
		return "order/trading :: order-preview";
	}

	@PostMapping("/trading/review")
	String review(Authentication user, @ModelAttribute("form") PlaceOrderForm form, Model model) {
		reviewModel(user, form, model);
		return panel(user.getName(), form, model);
	}

	@HxRequest
	@PostMapping("/trading/review")
	String reviewInPlace(Authentication user, @ModelAttribute("form") PlaceOrderForm form, Model model) {
		reviewModel(user, form, model);
		model.addAttribute("asset", chosen(form.asset()));
		return "order/trading :: order-panel";
	}

	@HxRequest
	@PostMapping("/trading/edit")
	String editInPlace(@ModelAttribute("form") PlaceOrderForm form, Model model) {
		model.addAttribute("asset", chosen(form.asset()));
		return "order/trading :: order-panel";
	}

	private void reviewModel(Authentication user, PlaceOrderForm form, Model model) {
		OrderPreview preview = preview(user.getName(), form);
		model.addAttribute("preview", preview);
		if (preview.isValid()) {
			model.addAttribute("review", true);
			model.addAttribute("reviewSummary",
					messages.text("trade.review.summary", summary(form, preview), format.money(preview.total())));
		}
	}

	@PostMapping("/trading/edit")
	String edit(Authentication user, @ModelAttribute("form") PlaceOrderForm form, Model model) {
		return panel(user.getName(), form, model);
	}

	@PostMapping("/trading/orders")
	String place(Authentication user, @ModelAttribute("form") PlaceOrderForm form, Model model,
			RedirectAttributes flash) {
		try {
			Placement placement = orders.place(user.getName(), form.toOrder(messages));
			flash.addFlashAttribute("flashSuccess", placed(placement.order()));
			return "redirect:" + tradingUrl(placement.order());
		}
		catch (InvalidFieldsException ex) {
			model.addAttribute("preview", invalid(ex.violations()));
		}
		catch (OrderRuleException ex) {
			model.addAttribute("preview", invalid(List.of(ex.violation("rule"))));
		}
		return panel(user.getName(), form, model);
	}

	@HxRequest
	@PostMapping("/trading/orders")
	FragmentsRendering placeInPlace(Authentication user, @ModelAttribute("form") PlaceOrderForm form, Model model,
			HtmxResponse htmx) {
		FragmentsRendering.Builder answer = FragmentsRendering.fragment("order/trading :: order-panel");
		try {
			Placement placement = orders.place(user.getName(), form.toOrder(messages));
			model.addAttribute("flashSuccess", placed(placement.order()));
			model.addAttribute("form",
					PlaceOrderForm.fresh(placement.order().symbol(), placement.order().type().side().apiName()));
			htmx.addTrigger("order-placed");
			answer.fragment(FLASH);
		}
		catch (InvalidFieldsException ex) {
			model.addAttribute("preview", invalid(ex.violations()));
		}
		catch (OrderRuleException ex) {
			model.addAttribute("preview", invalid(List.of(ex.violation("rule"))));
		}
		model.addAttribute("asset", chosen(form.asset()));
		return answer.build();
	}

	@PostMapping("/trading/orders/{orderId}/cancel")
	String cancel(Authentication user, @PathVariable String orderId, @RequestParam(required = false) String asset,
			RedirectAttributes flash) {
		// the address back is built from the known asset only, never from what was sent
		String back = tradingUrl(chosen(asset).symbol(), null);
		try {
			Order cancelled = orders.cancel(user.getName(), orderId);
			flash.addFlashAttribute("flashSuccess", messages.text("trade.cancelled", format.summary(cancelled)));
			back = tradingUrl(cancelled.symbol(), null);
		}
		catch (OrderNotPendingException ex) {
			flash.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:" + back;
	}

	@HxRequest
	@PostMapping("/trading/orders/{orderId}/cancel")
	FragmentsRendering cancelInPlace(Authentication user, @PathVariable String orderId,
			@RequestParam(required = false) String asset, Model model) {
		try {
			Order cancelled = orders.cancel(user.getName(), orderId);
			model.addAttribute("flashSuccess", messages.text("trade.cancelled", format.summary(cancelled)));
		}
		catch (OrderNotPendingException ex) {
			model.addAttribute("flashError", ex.getMessage());
		}
		fillSide(user.getName(), chosen(asset), model);
		return FragmentsRendering.fragment("order/trading :: trade-side").fragment(FLASH).build();
	}

	/** The estimate, or the side or type that is not one of the choices. */
	private OrderPreview preview(String username, PlaceOrderForm form) {
		try {
			return queries.preview(username, form.toOrder(messages));
		}
		catch (InvalidFieldsException ex) {
			return invalid(ex.violations());
		}
	}

	private String panel(String username, PlaceOrderForm form, Model model) {
		Asset chosen = chosen(form.asset());
		fillSide(username, chosen, model);
		model.addAttribute("assets", inventory.assets().stream().filter(Asset::active).toList());
		return "order/trading";
	}

	private void fillSide(String username, Asset asset, Model model) {
		model.addAttribute("asset", asset);
		model.addAttribute("quote", inventory.quote(asset));
		// the sparkline is labelled "7-day trend": it draws the 7 days it names
		model.addAttribute("chart", PriceChart.of(inventory.history(asset, HistoryRange.D7), 240, 64));
		model.addAttribute("cash", cash.balance(username));
		model.addAttribute("holding", queries.holding(username, asset.symbol()).orElse(null));
		model.addAttribute("openOrders",
				queries.orders(username, new OrderQuery(null, null, null, OrderStatus.PENDING, null, null, null, 0, 50))
					.orders());
		model.addAttribute("recentOrders", queries.recent(username, RECENT));
	}

	/** The asset named by its symbol or name, else the default one (BTC). */
	private Asset chosen(String symbolOrName) {
		return inventory.lookup(symbolOrName).orElseGet(() -> inventory.find("BTC").orElseThrow());
	}

	private String summary(PlaceOrderForm form, OrderPreview preview) {
		String quantity = format.quantity(preview.quantity());
		String symbol = preview.asset().symbol();
		return messages.text("order.summary." + preview.type().name(), quantity, symbol,
				format.price(preview.limitPrice()));
	}

	private String placed(Order order) {
		if (order.isPending()) {
			String held = order.type().isBuy() ? format.money(order.held())
					: format.quantity(order.held()) + " " + order.symbol();
			return messages.text("trade.placed.limit", format.summary(order), held);
		}
		return messages.text(order.type().isBuy() ? "trade.placed.buy" : "trade.placed.sell",
				format.quantity(order.quantity()), order.symbol(), marketFormat.price(order.price()),
				format.money(order.total()));
	}

	private static OrderPreview invalid(List<FieldViolation> problems) {
		return new OrderPreview(null, null, null, null, null, null, null, null, null, null, List.copyOf(problems), null,
				null, false);
	}

	/**
	 * Back to the trade page of a placed order: built from the stored order, not the
	 * form.
	 */
	static String tradingUrl(Order order) {
		return tradingUrl(order.symbol(), order.type().side().apiName());
	}

	static String tradingUrl(String asset, String side) {
		return UriComponentsBuilder.fromPath("/trading")
			.queryParamIfPresent("asset", Optional.ofNullable(asset).filter(a -> !a.isBlank()))
			.queryParamIfPresent("side", Optional.ofNullable(side).filter(s -> !s.isBlank()))
			.build()
			.encode()
			.toUriString();
	}

}
