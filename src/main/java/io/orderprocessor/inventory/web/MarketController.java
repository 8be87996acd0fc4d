package io.orderprocessor.inventory.web;

import java.util.List;
import java.util.stream.IntStream;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.orderprocessor.inventory.AssetNotFoundException;
import io.orderprocessor.inventory.HistoryRange;
import io.orderprocessor.inventory.InventoryService;
import io.orderprocessor.inventory.MarketAsset;
import io.orderprocessor.inventory.MarketPage;
import io.orderprocessor.inventory.PriceChart;
import io.orderprocessor.inventory.Symbols;
import io.orderprocessor.platform.web.Choice;
import io.orderprocessor.platform.web.PageController;

/**
 * The market list and the asset pages. Each URL has two handlers: the page, and its htmx
 * twin that answers the same query with the part that changes (search as you type, prices
 * polled every few seconds). Both fill the model the same way.
 */
@Controller
class MarketController implements PageController {

	static final int SPARKLINE_WIDTH = 120;

	static final int SPARKLINE_HEIGHT = 32;

	private final InventoryService inventory;

	MarketController(InventoryService inventory) {
		this.inventory = inventory;
	}

	@GetMapping("/inventory")
	String inventory(HttpServletRequest request) {
		String query = request.getQueryString();
		return "redirect:/market" + (query == null ? "" : "?" + query);
	}

	@GetMapping("/market")
	String market(MarketListParams params, Model model) {
		fillMarket(params, model);
		return "inventory/market";
	}

	@HxRequest
	@GetMapping("/market")
	String marketTable(MarketListParams params, Model model) {
		fillMarket(params, model);
		model.addAttribute("partial", true);
		return "inventory/market :: asset-table";
	}

	@GetMapping("/market/{symbol}")
	String asset(@PathVariable String symbol, @RequestParam(required = false) String range, Model model) {
		String canonical = Symbols.normalise(symbol).orElseThrow(() -> new AssetNotFoundException(symbol));
		if (!canonical.equals(symbol)) {
			HistoryRange chosen = HistoryRange.parse(range).orElse(null);
			return "redirect:/market/" + canonical + (chosen == null ? "" : "?range=" + chosen.code());
		}
		fillAsset(canonical, range, model);
		return "inventory/asset";
	}

	/** The figures that move with the price, polled by the page. */
	@HxRequest(target = "asset-live")
	@GetMapping("/market/{symbol}")
	String assetLive(@PathVariable String symbol, @RequestParam(required = false) String range, Model model) {
		fillAsset(symbol, range, model);
		model.addAttribute("partial", true);
		return "inventory/asset :: asset-live";
	}

	/** The chart alone, for a range link followed with JavaScript. */
	@HxRequest(target = "price-chart-panel")
	@GetMapping("/market/{symbol}")
	String assetChart(@PathVariable String symbol, @RequestParam(required = false) String range, Model model) {
		fillAsset(symbol, range, model);
		return "inventory/asset :: price-chart-panel";
	}

	private void fillMarket(MarketListParams params, Model model) {
		MarketListParams.View view = params.view();
		MarketPage page = inventory.search(view.query(view.page()));
		int pages = Math.max(1, (page.matching() + view.size() - 1) / view.size());
		if (view.page() > pages) {
			view = view.onPage(pages);
			page = inventory.search(view.query(pages));
		}
		List<Row> rows = page.items()
			.stream()
			.map(item -> new Row(item,
					PriceChart.of(inventory.history(item.asset(), HistoryRange.D7), SPARKLINE_WIDTH, SPARKLINE_HEIGHT)))
			.toList();
		model.addAttribute("view", view);
		model.addAttribute("page", page);
		model.addAttribute("rows", rows);
		model.addAttribute("pages", pages);
		model.addAttribute("pageNumbers", pageWindow(view.page(), pages));
		model.addAttribute("firstRow", page.items().isEmpty() ? 0 : (view.page() - 1) * view.size() + 1);
		model.addAttribute("lastRow", (view.page() - 1) * view.size() + page.items().size());
		model.addAttribute("categories", Choice.plain(inventory.categories()));
		model.addAttribute("pageSizes", MarketListParams.PAGE_SIZES);
	}

	private void fillAsset(String symbol, String rangeCode, Model model) {
		MarketAsset asset = inventory.get(symbol);
		HistoryRange range = HistoryRange.parse(rangeCode).orElse(HistoryRange.D7);
		model.addAttribute("item", asset);
		model.addAttribute("range", range);
		model.addAttribute("ranges", HistoryRange.values());
		if (rangeCode != null && HistoryRange.parse(rangeCode).isEmpty()) {
			model.addAttribute("unknownRange", rangeCode);
		}
		model.addAttribute("chart", PriceChart.of(inventory.history(asset.asset(), range), 720, 240));
		model.addAttribute("candles", CandleChart.of(inventory.candles(asset.asset(), range)));
	}

	/** Up to seven page numbers around the current one. */
	static List<Integer> pageWindow(int current, int pages) {
		int from = Math.max(1, Math.min(current - 3, pages - 6));
		int to = Math.min(pages, from + 6);
		return IntStream.rangeClosed(from, to).boxed().toList();
	}

	/** One line of the market table. */
	record Row(MarketAsset item, PriceChart sparkline) {

	}

}
