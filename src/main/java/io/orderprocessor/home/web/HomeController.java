package io.orderprocessor.home.web;

import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.orderprocessor.inventory.HistoryRange;
import io.orderprocessor.inventory.InventoryService;
import io.orderprocessor.inventory.PriceChart;
import io.orderprocessor.inventory.MarketAsset;

@Controller
class HomeController {

	static final int FEATURED = 8;

	private final InventoryService inventory;

	HomeController(InventoryService inventory) {
		this.inventory = inventory;
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
	String dashboard() {
		return "home/dashboard";
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
