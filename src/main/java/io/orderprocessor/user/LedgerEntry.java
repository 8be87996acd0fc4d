package io.orderprocessor.user;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One change of a user's cash.
 *
 * @param id a ULID: entries sort by it, newest last
 * @param amount signed: positive adds cash, negative takes it
 * @param balanceAfter the cash balance right after this entry
 * @param reference an order id where relevant, else null
 */
public record LedgerEntry(String id, LedgerType type, BigDecimal amount, BigDecimal balanceAfter, String description,
		String reference, Instant createdAt) {

}
