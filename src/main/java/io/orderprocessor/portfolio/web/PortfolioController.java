package io.orderprocessor.portfolio.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import com.github.f4b6a3.ulid.Ulid;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import io.orderprocessor.inventory.Asset;
import io.orderprocessor.inventory.AssetNotFoundException;
import io.orderprocessor.inventory.HistoryRange;
import io.orderprocessor.inventory.InventoryService;
import io.orderprocessor.inventory.Quote;
import io.orderprocessor.order.AssetTransactionPage;
import io.orderprocessor.order.Holding;
import io.orderprocessor.order.OrderFilter;
import io.orderprocessor.order.OrderFormat;
import io.orderprocessor.order.OrderPage;
import io.orderprocessor.order.OrderQueries;
import io.orderprocessor.order.OrderQuery;
import io.orderprocessor.platform.web.InvalidFieldsException;
import io.orderprocessor.platform.web.PageController;
import io.orderprocessor.portfolio.Allocation;
import io.orderprocessor.portfolio.Portfolio;
import io.orderprocessor.portfolio.PortfolioService;
import io.orderprocessor.portfolio.Position;
import io.orderprocessor.user.CashService;

/**
 * The Portfolio page (totals, holdings with P/L and allocation, the order history with
 * filters, pagination and CSV) and the per-asset history page. Filters, sorting and pages
 * live in the address, so everything works without scripts.
 */
@Controller
class PortfolioController implements PageController {

	static final int PAGE_SIZE = 20;

	/**
	 * How many of the newest orders and ledger entries the value chart works back
	 * through.
	 */
	static final int VALUE_WINDOW = 100;

	private final PortfolioService portfolios;

	private final OrderQueries orders;

	private final InventoryService inventory;

	private final CashService cash;

	private final OrderFormat format;

	PortfolioController(PortfolioService portfolios, OrderQueries orders, InventoryService inventory, CashService cash,
			OrderFormat format) {
		this.portfolios = portfolios;
		this.orders = orders;
		this.inventory = inventory;
		this.cash = cash;
		this.format = format;
	}

	@GetMapping("/portfolio")
	String portfolio(Authentication user, @RequestParam(required = false) String sort, OrderFilter filter,
			Model model) {
		Portfolio portfolio = portfolios.portfolio(user.getName());
		model.addAttribute("portfolio", portfolio);
		model.addAttribute("positions", sorted(portfolio.positions(), sort));
		model.addAttribute("sort", sort == null ? "value" : sort);
		model.addAttribute("sorts", List.of("value", "pnl", "symbol", "quantity"));
		model.addAttribute("allocation", Allocation.of(portfolio));
		model.addAttribute("filter", filter);
		model.addAttribute("filterChoices", format.filterChoices());
		OrderPage page;
		try {
			page = orders.orders(user.getName(), filter.query(PAGE_SIZE));
		}
		catch (InvalidFieldsException | IllegalArgumentException ex) {
			model.addAttribute("filterError", true);
			page = orders.orders(user.getName(), OrderQuery.latest(PAGE_SIZE));
		}
		model.addAttribute("history", page);
		model.addAttribute("nextPage", page.hasMore() ? link(filter, "/portfolio", page.nextCursor()) : null);
		model.addAttribute("firstPage", filter.cursor() != null ? link(filter, "/portfolio", null) : null);
		model.addAttribute("csvUrl", link(filter, "/portfolio/orders.csv", null));
		return "portfolio/portfolio";
	}

	/**
	 * The portfolio's value over time, a page of its own (the Portfolio page loads it in
	 * with htmx, or links to it without JavaScript): holdings, the newest orders and
	 * ledger entries, three queries.
	 */
	@GetMapping("/portfolio/value")
	String value(Authentication user, @RequestParam(required = false) String range, Model model) {
		fillValue(user.getName(), range, model);
		return "portfolio/value";
	}

	/** The chart alone, for the Portfolio page. */
	@HxRequest
	@GetMapping("/portfolio/value")
	String valueChart(Authentication user, @RequestParam(required = false) String range, Model model) {
		fillValue(user.getName(), range, model);
		return "portfolio/value :: value-panel";
	}

	private void fillValue(String username, String rangeCode, Model model) {
		Portfolio portfolio = portfolios.portfolio(username);
		HistoryRange range = HistoryRange.parse(rangeCode).orElse(HistoryRange.D30);
		model.addAttribute("valueRange", range);
		model.addAttribute("valueRanges", HistoryRange.values());
		model.addAttribute("valueHistory", portfolios.valueHistory(portfolio, orders.recent(username, VALUE_WINDOW),
				cash.recentEntries(username, VALUE_WINDOW), VALUE_WINDOW, range));
	}

	@GetMapping("/portfolio/orders.csv")
	void export(Authentication user, OrderFilter filter, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"orders.csv\"");
		PrintWriter out = new PrintWriter(response.getOutputStream(), false, StandardCharsets.UTF_8);
		out.print("date,order_id,order_type,asset,quantity,limit_price,price,total,status,filled_at\r\n");
		orders.forEachOrder(user.getName(), filter.query(500),
				o -> out.print(String.join(",", o.createdAt().toString(), o.id(), o.type().apiName(), o.symbol(),
						o.quantity().toPlainString(), o.limitPrice() == null ? "" : o.limitPrice().toPlainString(),
						o.price() == null ? "" : o.price().toPlainString(), o.total().toPlainString(),
						o.status().apiName(), o.filledAt() == null ? "" : o.filledAt().toString()) + "\r\n"));
		out.flush();
	}

	@GetMapping("/portfolio/{symbol}")
	String asset(Authentication user, @PathVariable String symbol, @RequestParam(required = false) String cursor,
			Model model) {
		Asset asset = inventory.find(symbol).orElseThrow(() -> new AssetNotFoundException(symbol));
		Quote quote = inventory.quote(asset);
		Holding holding = orders.holding(user.getName(), asset.symbol()).orElse(null);
		model.addAttribute("asset", asset);
		model.addAttribute("quote", quote);
		model.addAttribute("holding", holding);
		if (holding != null) {
			BigDecimal value = holding.quantity().multiply(quote.price()).setScale(2, RoundingMode.HALF_EVEN);
			model.addAttribute("marketValue", value);
			model.addAttribute("pnl", value.subtract(holding.costBasis()));
		}
		String validCursor = cursor != null && Ulid.isValid(cursor) ? cursor : null;
		AssetTransactionPage page = orders.transactions(user.getName(), asset.symbol(), validCursor, PAGE_SIZE);
		model.addAttribute("transactions", page);
		String base = "/portfolio/" + asset.symbol();
		model.addAttribute("nextPage",
				page.hasMore() ? UriComponentsBuilder.fromPath(base)
					.queryParam("cursor", page.nextCursor())
					.fragment("asset-history")
					.toUriString() : null);
		model.addAttribute("firstPage", validCursor != null ? base : null);
		return "portfolio/asset";
	}

	private static List<Position> sorted(List<Position> positions, String sort) {
		Comparator<Position> order = switch (sort == null ? "value" : sort) {
			case "symbol" -> Comparator.comparing(Position::symbol);
			case "pnl" -> Comparator.comparing(Position::pnl).reversed();
			case "quantity" -> Comparator.comparing((Position p) -> p.holding().quantity()).reversed();
			default -> Comparator.comparing(Position::marketValue).reversed();
		};
		return positions.stream().sorted(order).toList();
	}

	private static String link(OrderFilter filter, String path, String cursor) {
		UriComponentsBuilder builder = filter.link(path, cursor);
		if (path.equals("/portfolio")) {
			builder.fragment("order-history");
		}
		return builder.encode().toUriString();
	}

}
