package io.orderprocessor.admin.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import io.orderprocessor.admin.AdminService;
import io.orderprocessor.audit.AuditPage;
import io.orderprocessor.platform.web.InvalidFieldsException;
import io.orderprocessor.platform.web.Choice;
import io.orderprocessor.platform.web.PageController;

/**
 * The audit log with filters (actor, target, event type, date range) in the address and
 * cursor pagination, newest first.
 */
@Controller
class AdminAuditController implements PageController {

	static final int PAGE_SIZE = 50;

	/** The event types offered in the filter (any other can be typed in the address). */
	static final List<String> ACTIONS = List.of("user.registered", "user.signed_in", "user.sign_in_failed",
			"user.sign_in_blocked", "user.signed_out", "user.password_changed", "user.profile_changed",
			"user.other_sessions_ended", "cash.deposited", "cash.withdrawn", "order.placed", "order.filled",
			"order.cancelled", "security.access_denied", "security.rate_limited", "admin.user_locked",
			"admin.user_unlocked", "admin.admin_granted", "admin.admin_revoked", "admin.cash_adjusted",
			"admin.asset_changed", "admin.asset_added");

	private final AdminService admin;

	AdminAuditController(AdminService admin) {
		this.admin = admin;
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String target,
			@RequestParam(required = false) String type, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String cursor, Model model) {
		Filter filter = new Filter(actor, target, type, from, to);
		model.addAttribute("filter", filter);
		model.addAttribute("actions", Choice.plain(ACTIONS));
		AuditPage page;
		if (Views.badDate(from) || Views.badDate(to)) {
			model.addAttribute("filterError", "bad-date");
			page = admin.audit(null, null, null, null, null, null, PAGE_SIZE);
		}
		else {
			try {
				page = admin.audit(actor, target, type, Views.date(from), Views.date(to), cursor, PAGE_SIZE);
			}
			catch (InvalidFieldsException ex) {
				model.addAttribute("filterError", "range");
				page = admin.audit(null, null, null, null, null, null, PAGE_SIZE);
			}
		}
		model.addAttribute("entries", page.entries().stream().map(Views.AuditRow::of).toList());
		model.addAttribute("nextPage", page.hasMore() ? filter.url(page.nextCursor()) : null);
		model.addAttribute("firstPage", cursor != null && !cursor.isBlank() ? filter.url(null) : null);
		model.addAttribute("defaultRange", from == null && to == null);
		model.addAttribute("today", LocalDate.now(ZoneOffset.UTC).toString());
		return "admin/audit";
	}

	record Filter(String actor, String target, String type, String from, String to) {

		String url(String cursor) {
			UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/admin/audit");
			add(builder, "actor", actor);
			add(builder, "target", target);
			add(builder, "type", type);
			add(builder, "from", from);
			add(builder, "to", to);
			builder.queryParamIfPresent("cursor", Optional.ofNullable(cursor));
			return builder.build().encode().toUriString();
		}

		private static void add(UriComponentsBuilder builder, String name, String value) {
			if (value != null && !value.isBlank()) {
				builder.queryParam(name, value.trim());
			}
		}

	}

}
