package io.orderprocessor.user.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import tools.jackson.databind.annotation.JsonDeserialize;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.orderprocessor.platform.web.ExactNumberText;
import io.orderprocessor.platform.web.InvalidFieldsException;
import io.orderprocessor.platform.web.Messages;
import io.orderprocessor.shared.Money;
import io.orderprocessor.user.CashBalance;
import io.orderprocessor.user.CashReceipt;
import io.orderprocessor.user.CashService;
import io.orderprocessor.user.LedgerEntry;
import io.orderprocessor.user.LedgerPage;
import io.orderprocessor.user.LedgerQuery;
import io.orderprocessor.user.LedgerType;

/** Cash for programs: balance, deposit, withdraw and the ledger ({@code api.md}). */
@RestController
@RequestMapping("/api/v1/balance")
class CashApiController {

	private static final String IDEMPOTENCY_KEY = "Optional. The same key with the same request moves money once.";

	private final CashService cash;

	private final Messages messages;

	CashApiController(CashService cash, Messages messages) {
		this.cash = cash;
		this.messages = messages;
	}

	@GetMapping
	BalanceResponse balance(@AuthenticationPrincipal Jwt token) {
		CashBalance balance = cash.balance(token.getSubject());
		return new BalanceResponse(Money.plain(balance.balance()), Money.plain(balance.available()),
				Money.plain(balance.held()), balance.updatedAt());
	}

	/**
	 * 201 with the new balance. With an {@code Idempotency-Key} header, a key used before
	 * for the same amount moves nothing and answers 200 with the first deposit
	 * ({@code Idempotent-Replayed: true}); for another request, 422.
	 */
	@Operation(summary = "Deposit cash", description = "Send an Idempotency-Key header (1-100 of A-Z a-z 0-9 _-:.) "
			+ "to make a retry safe: the same key with the same amount answers 200 with the first deposit and "
			+ "header Idempotent-Replayed: true, moving nothing; the same key with another request answers 422.")
	@PostMapping("/deposit")
	ResponseEntity<MovementResponse> deposit(@AuthenticationPrincipal Jwt token, @RequestBody AmountRequest request,
			@Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", description = IDEMPOTENCY_KEY) @RequestHeader(
					name = "Idempotency-Key", required = false) String idempotencyKey) {
		return answer(cash.deposit(token.getSubject(), request.amount(), idempotencyKey), "cash.deposited");
	}

	@Operation(summary = "Withdraw cash",
			description = "Idempotency-Key as for deposits: a retry never moves money " + "twice.")
	@PostMapping("/withdraw")
	ResponseEntity<MovementResponse> withdraw(@AuthenticationPrincipal Jwt token, @RequestBody AmountRequest request,
			@Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", description = IDEMPOTENCY_KEY) @RequestHeader(
					name = "Idempotency-Key", required = false) String idempotencyKey) {
		return answer(cash.withdraw(token.getSubject(), request.amount(), idempotencyKey), "cash.withdrew");
	}

	private ResponseEntity<MovementResponse> answer(CashReceipt receipt, String message) {
		LedgerEntry entry = receipt.entry();
		return ResponseEntity.status(receipt.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
			.header("Idempotent-Replayed", Boolean.toString(receipt.replayed()))
			.body(MovementResponse.of(messages.text(message, Money.format(entry.amount().abs())), entry));
	}

	@GetMapping("/transactions")
	TransactionsResponse transactions(@AuthenticationPrincipal Jwt token, @RequestParam(defaultValue = "50") int limit,
			@RequestParam(required = false) String cursor,
			@RequestParam(name = "transaction_type", required = false) String transactionType) {
		LedgerType type = null;
		if (transactionType != null && !transactionType.isBlank()) {
			type = LedgerType.parse(transactionType)
				.orElseThrow(() -> new InvalidFieldsException("transaction_type", messages.text("rule.transactionType"),
						"enum"));
		}
		LedgerPage page = cash.ledger(token.getSubject(),
				new LedgerQuery(type, null, null, cursor == null || cursor.isBlank() ? null : cursor, limit));
		return new TransactionsResponse(page.entries().stream().map(Transaction::of).toList(), page.totalCount(),
				page.hasMore(), page.nextCursor());
	}

	record AmountRequest(@JsonDeserialize(using = ExactNumberText.class) String amount) {
	}

	record BalanceResponse(String currentBalance, String availableBalance, String heldBalance, Instant updatedAt) {
	}

	record MovementResponse(boolean success, String message, String transactionId, String balance, Instant timestamp) {

		static MovementResponse of(String message, LedgerEntry entry) {
			return new MovementResponse(true, message, entry.id(), Money.plain(entry.balanceAfter()),
					entry.createdAt());
		}

	}

	record Transaction(String transactionId, String transactionType, String amount, String balanceAfter,
			String description, String referenceId, String status, Instant createdAt) {

		static Transaction of(LedgerEntry entry) {
			return new Transaction(entry.id(), entry.type().apiName(), Money.plain(entry.amount()),
					Money.plain(entry.balanceAfter()), entry.description(), entry.reference(), "completed",
					entry.createdAt());
		}

	}

	record TransactionsResponse(List<Transaction> transactions, long totalCount, boolean hasMore, String nextCursor) {
	}

}
