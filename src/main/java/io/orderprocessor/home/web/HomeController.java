package io.orderprocessor.home.web;

import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.orderprocessor.inventory.HistoryRange;
import io.orderprocessor.inventory.InventoryService;
import io.orderprocessor.inventory.MarketAsset;
import io.orderprocessor.inventory.PriceChart;
import io.orderprocessor.order.Order;
import io.orderprocessor.order.OrderQueries;
import io.orderprocessor.platform.web.PageController;
import io.orderprocessor.portfolio.Allocation;
import io.orderprocessor.portfolio.Portfolio;
import io.orderprocessor.portfolio.PortfolioService;
import io.orderprocessor.user.CashService;
import io.orderprocessor.user.LedgerEntry;
import io.orderprocessor.user.Profile;
import io.orderprocessor.user.UserService;

@Controller
class HomeController implements PageController {

	static final int FEATURED = 8;

	static final int RECENT = 5;

	static final int TOP_HOLDINGS = 5;

	/**
	 * How many of the newest orders and ledger entries the dashboard reads: it shows
	 * {@link #RECENT}, the value chart works back through all of them (same two queries).
	 */
	static final int VALUE_WINDOW = 100;

	private final InventoryService inventory;

	private final PortfolioService portfolios;

	private final OrderQueries orders;

	private final CashService cash;

	private final UserService users;

	HomeController(InventoryService inventory, PortfolioService portfolios, OrderQueries orders, CashService cash,
			UserService users) {
		this.inventory = inventory;
		this.portfolios = portfolios;
		this.orders = orders;
		this.cash = cash;
		this.users = users;
	}

	@GetMapping("/")
	String landing(Model model) {
		fillLanding(model);
		return "home/landing";
	}

	/** The featured assets again, for the prices that refresh in place. */
	@HxRequest
	@GetMapping("/")
	String featured(Model model) {
		fillLanding(model);
		model.addAttribute("partial", true);
		return "home/landing :: featured";
	}

	@GetMapping("/dashboard")
	String dashboard(Authentication user, @RequestParam(required = false) String range, Model model) {
		Portfolio portfolio = fillLive(user.getName(), model);
		List<Order> recentOrders = orders.recent(user.getName(), VALUE_WINDOW);
		List<LedgerEntry> recentEntries = cash.recentEntries(user.getName(), VALUE_WINDOW);
		model.addAttribute("recentOrders", recentOrders.stream().limit(RECENT).toList());
		model.addAttribute("recentEntries", recentEntries.stream().limit(RECENT).toList());
		HistoryRange valueRange = HistoryRange.parse(range).orElse(HistoryRange.D30);
		model.addAttribute("valueRange", valueRange);
		model.addAttribute("valueRanges", HistoryRange.values());
		model.addAttribute("valueHistory",
				portfolios.valueHistory(portfolio, recentOrders, recentEntries, VALUE_WINDOW, valueRange));
		// greeted by first name when known; "Welcome" right after sign-up (the
		// registration's flash says firstVisit), "Welcome back" afterwards
		model.addAttribute("greetingName",
				users.profile(user.getName())
					.map(Profile::firstName)
					.filter(name -> name != null && !name.isBlank())
					.orElse(user.getName()));
		return "home/dashboard";
	}

	/** The figures that move with prices, refreshed in place every few seconds. */
	@HxRequest
	@GetMapping("/dashboard")
	String dashboardLive(Authentication user, Model model) {
		fillLive(user.getName(), model);
		return "home/dashboard :: dashboard-live";
	}

	private Portfolio fillLive(String username, Model model) {
		Portfolio portfolio = portfolios.portfolio(username);
		model.addAttribute("portfolio", portfolio);
		model.addAttribute("topPositions", portfolio.positions().stream().limit(TOP_HOLDINGS).toList());
		model.addAttribute("allocation", Allocation.of(portfolio));
		return portfolio;
	}

	private void fillLanding(Model model) {
		List<Featured> featured = inventory.featured(FEATURED)
			.stream()
			.map(item -> new Featured(item, PriceChart.of(inventory.history(item.asset(), HistoryRange.D7), 120, 32)))
			.toList();
		model.addAttribute("featured", featured);
		model.addAttribute("assetCount", inventory.totalCount());
	}

	/** A featured asset with its 7-day sparkline. */
	record Featured(MarketAsset item, PriceChart sparkline) {

	}

}
