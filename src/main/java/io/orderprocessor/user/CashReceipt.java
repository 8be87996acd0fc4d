package io.orderprocessor.user;

/**
 * What a deposit or withdrawal did.
 *
 * @param entry its ledger entry
 * @param replayed true when its idempotency key had been used for the same request: the
 * entry is the one that request made, and nothing moved now
 */
public record CashReceipt(LedgerEntry entry, boolean replayed) {

}
