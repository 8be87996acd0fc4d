package io.orderprocessor.admin.web;

import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import io.orderprocessor.admin.AdminService;
import io.orderprocessor.admin.UserDetail;
import io.orderprocessor.order.OrderFormat;
import io.orderprocessor.platform.web.FieldErrors;
import io.orderprocessor.platform.web.InvalidFieldsException;
import io.orderprocessor.platform.web.Messages;
import io.orderprocessor.platform.web.PageController;
import io.orderprocessor.shared.Money;
import io.orderprocessor.shared.Timestamps;
import io.orderprocessor.shared.Username;
import io.orderprocessor.user.AccountProtectionException;
import io.orderprocessor.user.LedgerEntry;
import io.orderprocessor.user.Profile;
import io.orderprocessor.user.UserPage;

/**
 * Users: search and page through accounts; a user's page with profile, cash, holdings,
 * orders and ledger; cash adjustments; lock, unlock, grant and revoke admin, each
 * confirmed on a page of its own before it happens.
 */
@Controller
class AdminUsersController implements PageController {

	static final int PAGE_SIZE = 25;

	static final int LEDGER_SIZE = 20;

	/** The access changes, by the last part of their address. */
	private static final Map<String, String> ACTIONS = Map.of("lock", "lock", "unlock", "unlock", "grant-admin",
			"grantAdmin", "revoke-admin", "revokeAdmin");

	private final AdminService admin;

	private final Messages messages;

	private final OrderFormat format;

	AdminUsersController(AdminService admin, Messages messages, OrderFormat format) {
		this.admin = admin;
		this.messages = messages;
		this.format = format;
	}

	@GetMapping("/admin/users")
	String users(@RequestParam(required = false) String q, @RequestParam(required = false) String after, Model model) {
		list(q, after, model);
		return "admin/users";
	}

	@HxRequest
	@GetMapping("/admin/users")
	String usersTable(@RequestParam(required = false) String q, @RequestParam(required = false) String after,
			Model model) {
		list(q, after, model);
		return "admin/users :: user-table";
	}

	@GetMapping("/admin/users/{username}")
	String user(@PathVariable String username, @RequestParam(required = false) String cursor, Model model) {
		model.addAttribute("form", AdjustmentForm.empty());
		return userPage(username, cursor, model);
	}

	@PostMapping("/admin/users/{username}/adjustments")
	String adjust(Authentication authentication, @PathVariable String username,
			@Valid @ModelAttribute("form") AdjustmentForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				LedgerEntry entry = admin.adjustCash(authentication.getName(), username, form.amount(), form.reason());
				flash.addFlashAttribute("flashSuccess", messages.text("admin.user.adjusted",
						Money.signed(entry.amount()), Money.format(entry.balanceAfter())));
				return "redirect:" + userUrl(username);
			}
			catch (InvalidFieldsException ex) {
				FieldErrors.reject(result, ex.violations());
			}
		}
		return userPage(username, null, model);
	}

	@GetMapping("/admin/users/{username}/{action:lock|unlock|grant-admin|revoke-admin}")
	String confirm(@PathVariable String username, @PathVariable String action, Model model) {
		model.addAttribute("form", AccessForm.empty());
		return confirmPage(username, action, model);
	}

	@PostMapping("/admin/users/{username}/{action:lock|unlock|grant-admin|revoke-admin}")
	String change(Authentication authentication, @PathVariable String username, @PathVariable String action,
			@Valid @ModelAttribute("form") AccessForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		if (result.hasErrors()) {
			return confirmPage(username, action, model);
		}
		String actor = authentication.getName();
		try {
			Profile profile = switch (action) {
				case "lock" -> admin.lock(actor, username, form.reason());
				case "unlock" -> admin.unlock(actor, username, form.reason());
				case "grant-admin" -> admin.grantAdmin(actor, username, form.reason());
				case "revoke-admin" -> admin.revokeAdmin(actor, username, form.reason());
				default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			};
			flash.addFlashAttribute("flashSuccess",
					messages.text("admin.user.done." + ACTIONS.get(action), profile.username()));
		}
		catch (AccountProtectionException ex) {
			flash.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:" + userUrl(username);
	}

	private void list(String q, String after, Model model) {
		UserPage page = admin.users(q, after, PAGE_SIZE);
		model.addAttribute("q", q == null ? "" : q.trim());
		model.addAttribute("users", page.users().stream().map(Views.UserRow::of).toList());
		model.addAttribute("totalCount", page.totalCount());
		model.addAttribute("nextPage", page.hasMore() ? listUrl(q, page.nextAfter()) : null);
		model.addAttribute("firstPage", after != null && !after.isBlank() ? listUrl(q, null) : null);
	}

	private String userPage(String username, String cursor, Model model) {
		UserDetail detail;
		try {
			detail = admin.user(username, cursor == null || cursor.isBlank() ? null : cursor, LEDGER_SIZE);
		}
		catch (InvalidFieldsException badCursor) {
			// a mangled ledger address: show the newest entries instead of failing
			cursor = null;
			detail = admin.user(username, null, LEDGER_SIZE);
		}
		Profile p = detail.profile();
		model.addAttribute("user", Views.UserRow.of(p));
		model.addAttribute("profile", p);
		model.addAttribute("created", Timestamps.format(p.createdAt()));
		model.addAttribute("updated", Timestamps.format(p.updatedAt()));
		model.addAttribute("balance", Money.format(detail.cash().balance()));
		model.addAttribute("available", Money.format(detail.cash().available()));
		model.addAttribute("held", Money.format(detail.cash().held()));
		model.addAttribute("entries", detail.ledger().entries().stream().map(Views.LedgerRow::of).toList());
		model.addAttribute("ledgerCount", detail.ledger().totalCount());
		model.addAttribute("olderLedger", detail.ledger().hasMore()
				? userUrl(p.username()) + "?cursor=" + detail.ledger().nextCursor() + "#ledger" : null);
		model.addAttribute("newestLedger",
				cursor != null && !cursor.isBlank() ? userUrl(p.username()) + "#ledger" : null);
		model.addAttribute("orders", detail.orders().stream().map(o -> Views.OrderView.of(o, format)).toList());
		model.addAttribute("holdings",
				detail.holdings()
					.stream()
					.map(h -> new HoldingView(h.symbol(), Views.quantity(h.quantity()), Views.price(h.averageCost())))
					.toList());
		return "admin/user";
	}

	private String confirmPage(String username, String action, Model model) {
		Profile profile = admin.user(username, null, 1).profile();
		model.addAttribute("user", Views.UserRow.of(profile));
		model.addAttribute("action", action);
		model.addAttribute("actionKey", ACTIONS.get(action));
		model.addAttribute("destructive", "lock".equals(action) || "revoke-admin".equals(action));
		return "admin/confirm";
	}

	record HoldingView(String symbol, String quantity, String averageCost) {
	}

	static String userUrl(String username) {
		return UriComponentsBuilder.fromPath("/admin/users/{username}")
			.buildAndExpand(Username.normalise(username))
			.encode()
			.toUriString();
	}

	private static String listUrl(String q, String after) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/admin/users");
		if (q != null && !q.isBlank()) {
			builder.queryParam("q", q.trim());
		}
		if (after != null) {
			builder.queryParam("after", after);
		}
		return builder.build().encode().toUriString();
	}

}
