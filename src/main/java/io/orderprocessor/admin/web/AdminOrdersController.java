package io.orderprocessor.admin.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import io.orderprocessor.admin.AdminService;
import io.orderprocessor.order.OrderFilter;
import io.orderprocessor.order.OrderFormat;
import io.orderprocessor.order.OrderListing;
import io.orderprocessor.order.OrderQuery;
import io.orderprocessor.platform.web.InvalidFieldsException;
import io.orderprocessor.platform.web.PageController;

/**
 * All users' orders, newest first, with a user's history filters plus the user; without
 * dates, the last 30 days. A filter that is not valid says so and shows that default.
 */
@Controller
class AdminOrdersController implements PageController {

	static final int PAGE_SIZE = 50;

	private final AdminService admin;

	private final OrderFormat format;

	AdminOrdersController(AdminService admin, OrderFormat format) {
		this.admin = admin;
		this.format = format;
	}

	@GetMapping("/admin/orders")
	String orders(@RequestParam(required = false) String user, OrderFilter filter, Model model) {
		String username = user == null || user.isBlank() ? null : user.trim();
		model.addAttribute("filter", filter);
		model.addAttribute("userFilter", username);
		model.addAttribute("filterChoices", format.filterChoices());
		OrderListing listing;
		try {
			listing = admin.orders(username, filter.query(PAGE_SIZE));
		}
		catch (InvalidFieldsException ex) {
			model.addAttribute("filterError", ex.violations().get(0).message());
			listing = admin.orders(null, OrderQuery.latest(PAGE_SIZE));
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("filterError", "");
			listing = admin.orders(null, OrderQuery.latest(PAGE_SIZE));
		}
		model.addAttribute("orders", listing.orders().stream().map(o -> Views.OrderView.of(o, format)).toList());
		model.addAttribute("nextPage", listing.hasMore() ? url(username, filter, listing.nextCursor()) : null);
		model.addAttribute("firstPage", filter.cursor() != null ? url(username, filter, null) : null);
		model.addAttribute("defaultRange", filter.from() == null && filter.to() == null);
		return "admin/orders";
	}

	private static String url(String username, OrderFilter filter, String cursor) {
		UriComponentsBuilder builder = filter.link("/admin/orders", cursor);
		if (username != null) {
			builder.queryParam("user", username);
		}
		return builder.encode().toUriString();
	}

}
