package io.orderprocessor.user.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import io.orderprocessor.platform.web.Choice;
import io.orderprocessor.platform.web.FieldErrors;
import io.orderprocessor.platform.web.InvalidFieldsException;
import io.orderprocessor.platform.web.Messages;
import io.orderprocessor.platform.web.PageController;
import io.orderprocessor.shared.Money;
import io.orderprocessor.shared.Timestamps;
import io.orderprocessor.user.CashBalance;
import io.orderprocessor.user.CashRuleException;
import io.orderprocessor.user.CashService;
import io.orderprocessor.user.DailyLimits;
import io.orderprocessor.user.LedgerEntry;
import io.orderprocessor.user.LedgerPage;
import io.orderprocessor.user.LedgerQuery;
import io.orderprocessor.user.LedgerType;
import io.orderprocessor.user.TooManyRequestsException;
import io.orderprocessor.user.UserRules;

/**
 * The Account page: cash balance, deposit and withdraw with today's limits and quick
 * amounts, and the ledger with filters, cursor pagination and CSV export.
 */
@Controller
class AccountController implements PageController {

	static final int PAGE_SIZE = 20;

	private static final Set<String> QUICK_ADDS = Set.of("100", "500", "1000");

	private final CashService cash;

	private final UserRules rules;

	private final Messages messages;

	AccountController(CashService cash, UserRules rules, Messages messages) {
		this.cash = cash;
		this.rules = rules;
		this.messages = messages;
	}

	@GetMapping("/account")
	String account(Authentication authentication, @RequestParam(required = false) String type,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String cursor, Model model) {
		model.addAttribute("depositForm", AmountForm.empty());
		model.addAttribute("withdrawForm", AmountForm.empty());
		return page(authentication.getName(), new Filter(type, from, to, cursor), model);
	}

	@PostMapping("/account/deposit")
	String deposit(Authentication authentication, @ModelAttribute("depositForm") AmountForm form, BindingResult result,
			Model model, RedirectAttributes flash, HttpServletResponse response) {
		return move(authentication.getName(), true, form, result, model, flash, response);
	}

	@PostMapping("/account/withdraw")
	String withdraw(Authentication authentication, @ModelAttribute("withdrawForm") AmountForm form,
			BindingResult result, Model model, RedirectAttributes flash, HttpServletResponse response) {
		return move(authentication.getName(), false, form, result, model, flash, response);
	}

	@GetMapping("/account/ledger.csv")
	void export(Authentication authentication, @RequestParam(required = false) String type,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			HttpServletResponse response) throws IOException {
		Filter filter = new Filter(type, from, to, null);
		LedgerQuery query = filter.query(PAGE_SIZE);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"ledger.csv\"");
		PrintWriter out = new PrintWriter(response.getOutputStream(), false, StandardCharsets.UTF_8);
		out.print("date,type,description,amount,balance_after,reference,transaction_id\r\n");
		cash.forEachEntry(authentication.getName(), query,
				entry -> out.print(String.join(",", entry.createdAt().toString(), entry.type().name(),
						csv(entry.description()), Money.plain(entry.amount()), Money.plain(entry.balanceAfter()),
						csv(entry.reference()), entry.id()) + "\r\n"));
		out.flush();
	}

	private String move(String username, boolean deposit, AmountForm form, BindingResult result, Model model,
			RedirectAttributes flash, HttpServletResponse response) {
		String formName = deposit ? "depositForm" : "withdrawForm";
		model.addAttribute(deposit ? "withdrawForm" : "depositForm", AmountForm.empty());
		if (form.quick() != null) {
			model.addAttribute(formName, new AmountForm(quickAmount(username, form), null, key(form)));
			return page(username, new Filter(null, null, null, null), model);
		}
		try {
			// the form's key: a second submit of the same form answers the first one's
			// result
			LedgerEntry entry = (deposit ? cash.deposit(username, form.amount(), form.idempotencyKey())
					: cash.withdraw(username, form.amount(), form.idempotencyKey()))
				.entry();
			flash.addFlashAttribute("flashSuccess",
					messages.text(deposit ? "cash.deposited" : "cash.withdrew", Money.format(entry.amount().abs())));
			return "redirect:/account";
		}
		catch (InvalidFieldsException ex) {
			FieldErrors.reject(result, "amount", ex.violations().get(0).type(), ex.violations().get(0).message());
		}
		catch (CashRuleException ex) {
			FieldErrors.reject(result, "amount", "rule", ex.getMessage());
		}
		catch (TooManyRequestsException ex) {
			response.setStatus(429);
			ex.writeHeaders(response);
			FieldErrors.reject(result, "amount", "rate", ex.getMessage());
		}
		return page(username, new Filter(null, null, null, null), model);
	}

	/** The form's key, or a new one when it came without (an old page). */
	private static String key(AmountForm form) {
		return form.idempotencyKey() == null || form.idempotencyKey().isBlank() ? AmountForm.empty().idempotencyKey()
				: form.idempotencyKey();
	}

	/** The amount a quick button fills in: the typed amount plus its value, or all. */
	private String quickAmount(String username, AmountForm form) {
		if ("all".equals(form.quick())) {
			return Money.plain(cash.balance(username).available());
		}
		if (!QUICK_ADDS.contains(form.quick())) {
			return form.amount();
		}
		BigDecimal typed;
		try {
			typed = rules.amount(form.amount());
		}
		catch (InvalidFieldsException ex) {
			typed = BigDecimal.ZERO;
		}
		return Money.plain(typed.add(new BigDecimal(form.quick())));
	}

	private String page(String username, Filter filter, Model model) {
		CashBalance balance = cash.balance(username);
		DailyLimits limits = cash.limits(username);
		model.addAttribute("balance", Money.format(balance.balance()));
		model.addAttribute("available", Money.format(balance.available()));
		model.addAttribute("held", balance.held().signum() == 0 ? null : Money.format(balance.held()));
		model.addAttribute("lastChanged", Timestamps.format(balance.updatedAt()));
		model.addAttribute("depositLimit", Money.format(limits.depositLimit()));
		model.addAttribute("depositLeft", Money.format(limits.depositLeft()));
		model.addAttribute("withdrawalLimit", Money.format(limits.withdrawalLimit()));
		model.addAttribute("withdrawalLeft", Money.format(limits.withdrawalLeft()));
		model.addAttribute("types",
				Arrays.stream(LedgerType.values())
					.map(type -> new Choice(type.name(), messages.text("account.type." + type.name())))
					.toList());
		model.addAttribute("filter", filter);
		LedgerPage ledger;
		try {
			ledger = cash.ledger(username, filter.query(PAGE_SIZE));
		}
		catch (InvalidFieldsException | DateTimeParseException ex) {
			model.addAttribute("filterError", messages.text("rule.date"));
			ledger = cash.ledger(username, LedgerQuery.all(PAGE_SIZE));
		}
		model.addAttribute("entries", ledger.entries().stream().map(LedgerRow::of).toList());
		model.addAttribute("totalCount", ledger.totalCount());
		model.addAttribute("nextPage", ledger.hasMore() ? filter.url(ledger.nextCursor()) : null);
		model.addAttribute("firstPage", filter.cursor() != null ? filter.url(null) : null);
		model.addAttribute("csvUrl", filter.csvUrl());
		return "user/account";
	}

	private static String csv(String value) {
		if (value == null) {
			return "";
		}
		// a leading formula character would run in a spreadsheet
		String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

	/** The ledger filter as given in the address (the page works without scripts). */
	record Filter(String type, String from, String to, String cursor) {

		Filter {
			type = blankToNull(type);
			from = blankToNull(from);
			to = blankToNull(to);
			cursor = blankToNull(cursor);
		}

		LedgerQuery query(int limit) {
			LedgerType parsed = type == null ? null : LedgerType.parse(type).orElse(null);
			return new LedgerQuery(parsed, from == null ? null : LocalDate.parse(from),
					to == null ? null : LocalDate.parse(to), cursor, limit);
		}

		String url(String nextCursor) {
			return params(UriComponentsBuilder.fromPath("/account"))
				.queryParamIfPresent("cursor", Optional.ofNullable(nextCursor))
				.fragment("ledger")
				.build()
				.encode()
				.toUriString();
		}

		String csvUrl() {
			return params(UriComponentsBuilder.fromPath("/account/ledger.csv")).build().encode().toUriString();
		}

		private UriComponentsBuilder params(UriComponentsBuilder builder) {
			if (type != null) {
				builder.queryParam("type", type);
			}
			if (from != null) {
				builder.queryParam("from", from);
			}
			if (to != null) {
				builder.queryParam("to", to);
			}
			return builder;
		}

		private static String blankToNull(String value) {
			return value == null || value.isBlank() ? null : value.trim();
		}

	}

	record LedgerRow(String date, String type, String description, String amount, boolean credit, String balanceAfter) {

		static LedgerRow of(LedgerEntry entry) {
			return new LedgerRow(Timestamps.format(entry.createdAt()), entry.type().name(), entry.description(),
					Money.signed(entry.amount()), entry.amount().signum() >= 0, Money.format(entry.balanceAfter()));
		}

	}

	static List<String> typeNames() {
		return Arrays.stream(LedgerType.values()).map(Enum::name).toList();
	}

}
