package io.orderprocessor.admin.api;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.annotation.JsonDeserialize;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.orderprocessor.admin.AdminService;
import io.orderprocessor.admin.UserDetail;
import io.orderprocessor.platform.web.ExactNumberText;
import io.orderprocessor.shared.Money;
import io.orderprocessor.user.LedgerEntry;
import io.orderprocessor.user.Profile;
import io.orderprocessor.user.UserPage;

/** Accounts for admin programs: list, one user, lock, unlock and cash adjustments. */
@RestController
@RequestMapping("/api/v1/admin/users")
class AdminUsersApiController {

	private final AdminService admin;

	AdminUsersApiController(AdminService admin) {
		this.admin = admin;
	}

	@GetMapping
	UsersResponse users(@RequestParam(required = false) String q, @RequestParam(required = false) String cursor,
			@RequestParam(defaultValue = "50") int limit) {
		UserPage page = admin.users(q, cursor, limit);
		return new UsersResponse(page.users().stream().map(UserSummary::of).toList(), page.totalCount(), page.hasMore(),
				page.nextAfter());
	}

	@GetMapping("/{username}")
	UserResponse user(@PathVariable String username) {
		UserDetail detail = admin.user(username, null, 20);
		return new UserResponse(UserSummary.of(detail.profile()), Money.plain(detail.cash().balance()),
				Money.plain(detail.cash().available()), Money.plain(detail.cash().held()),
				detail.ledger().entries().stream().map(Transaction::of).toList());
	}

	@PostMapping("/{username}/lock")
	MessageResponse lock(Authentication authentication, @PathVariable String username,
			@RequestBody(required = false) ReasonRequest request) {
		Profile profile = admin.lock(authentication.getName(), username, request == null ? null : request.reason());
		return new MessageResponse("User '" + profile.username() + "' locked", UserSummary.of(profile));
	}

	@PostMapping("/{username}/unlock")
	MessageResponse unlock(Authentication authentication, @PathVariable String username,
			@RequestBody(required = false) ReasonRequest request) {
		Profile profile = admin.unlock(authentication.getName(), username, request == null ? null : request.reason());
		return new MessageResponse("User '" + profile.username() + "' unlocked", UserSummary.of(profile));
	}

	@PostMapping("/{username}/adjustments")
	@ResponseStatus(HttpStatus.CREATED)
	AdjustmentResponse adjust(Authentication authentication, @PathVariable String username,
			@RequestBody AdjustmentRequest request) {
		LedgerEntry entry = admin.adjustCash(authentication.getName(), username, request.amount(), request.reason());
		return new AdjustmentResponse(true, "Adjusted by " + Money.signed(entry.amount()), entry.id(),
				Money.plain(entry.amount()), Money.plain(entry.balanceAfter()), entry.createdAt());
	}

	record ReasonRequest(String reason) {
	}

	/** The amount is parsed exactly from a JSON number's or string's text. */
	record AdjustmentRequest(@JsonDeserialize(using = ExactNumberText.class) String amount, String reason) {
	}

	record UsersResponse(List<UserSummary> users, long totalCount, boolean hasMore, String nextCursor) {
	}

	record UserSummary(String username, String email, String firstName, String lastName, String role, boolean isLocked,
			Instant createdAt, Instant updatedAt) {

		static UserSummary of(Profile p) {
			return new UserSummary(p.username(), p.email(), p.firstName(), p.lastName(), p.role(), p.locked(),
					p.createdAt(), p.updatedAt());
		}

	}

	record UserResponse(UserSummary user, String currentBalance, String availableBalance, String heldBalance,
			List<Transaction> recentTransactions) {
	}

	record Transaction(String transactionId, String transactionType, String amount, String balanceAfter,
			String description, Instant createdAt) {

		static Transaction of(LedgerEntry e) {
			return new Transaction(e.id(), e.type().apiName(), Money.plain(e.amount()), Money.plain(e.balanceAfter()),
					e.description(), e.createdAt());
		}

	}

	record MessageResponse(String message, UserSummary user) {
	}

	record AdjustmentResponse(boolean success, String message, String transactionId, String amount, String balance,
			Instant timestamp) {
	}

}
