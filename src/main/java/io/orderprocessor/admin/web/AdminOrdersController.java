package io.orderprocessor.admin.web;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import io.orderprocessor.admin.AdminService;
import io.orderprocessor.admin.OrderOverview.OrderFilter;
import io.orderprocessor.admin.OrderOverview.OrderListing;

/**
 * All orders across users, filtered by user, asset and status, newest first. Until the
 * order module provides an {@link io.orderprocessor.admin.OrderOverview}, the page says
 * that orders are not available.
 */
@Controller
class AdminOrdersController {

	static final int PAGE_SIZE = 50;

	private final AdminService admin;

	AdminOrdersController(AdminService admin) {
		this.admin = admin;
	}

	@GetMapping("/admin/orders")
	String orders(@RequestParam(required = false) String user, @RequestParam(required = false) String asset,
			@RequestParam(required = false) String status, @RequestParam(required = false) String cursor, Model model) {
		OrderFilter filter = new OrderFilter(blank(user), blank(asset), blank(status));
		OrderListing listing = admin.orders(filter, cursor, PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("available", admin.ordersAvailable());
		model.addAttribute("orders", listing.orders().stream().map(Views.OrderView::of).toList());
		model.addAttribute("nextPage", listing.hasMore() ? url(filter, listing.nextCursor()) : null);
		model.addAttribute("firstPage", cursor != null && !cursor.isBlank() ? url(filter, null) : null);
		return "admin/orders";
	}

	private static String url(OrderFilter filter, String cursor) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/admin/orders");
		builder.queryParamIfPresent("user", Optional.ofNullable(filter.username()));
		builder.queryParamIfPresent("asset", Optional.ofNullable(filter.symbol()));
		builder.queryParamIfPresent("status", Optional.ofNullable(filter.status()));
		builder.queryParamIfPresent("cursor", Optional.ofNullable(cursor));
		return builder.build().encode().toUriString();
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
