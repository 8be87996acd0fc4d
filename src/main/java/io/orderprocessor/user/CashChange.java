package io.orderprocessor.user;

import java.math.BigDecimal;

import io.orderprocessor.platform.store.AtomicWrite;

/**
 * A change of one user's cash that another module writes inside its own atomic write:
 * {@link CashService#prepare} reads the cash, {@link #enlist} adds the change to the
 * caller's write, conditional on the cash being unchanged since (else the write fails as
 * an optimistic conflict: prepare again inside
 * {@link io.orderprocessor.platform.store.Store#retrying}). The change knows its own
 * rules: {@link #isCovered()} says whether the available cash covers it, and it is never
 * written when it does not.
 */
public final class CashChange {

	private final CashService writer;

	private final String username;

	private final long version;

	private final BigDecimal balance;

	private final BigDecimal held;

	private final BigDecimal amountDelta;

	private final BigDecimal heldDelta;

	private final LedgerType type;

	private final String description;

	private final String reference;

	CashChange(CashService writer, String username, long version, BigDecimal balance, BigDecimal held,
			BigDecimal amountDelta, BigDecimal heldDelta, LedgerType type, String description, String reference) {
		this.writer = writer;
		this.username = username;
		this.version = version;
		this.balance = balance;
		this.held = held;
		this.amountDelta = amountDelta;
		this.heldDelta = heldDelta;
		this.type = type;
		this.description = description;
		this.reference = reference;
	}

	/** The available cash (balance less what is held) before the change. */
	public BigDecimal available() {
		return balance.subtract(held);
	}

	/** The available cash after the change. */
	public BigDecimal availableAfter() {
		return balanceAfter().subtract(heldAfter());
	}

	/**
	 * What the change takes of the available cash: the amount paid or the amount held.
	 */
	public BigDecimal requested() {
		return amountDelta.negate().max(heldDelta);
	}

	/**
	 * Whether the cash covers the change: nothing below zero, no more held than there is.
	 */
	public boolean isCovered() {
		return balanceAfter().signum() >= 0 && heldAfter().signum() >= 0 && heldAfter().compareTo(balanceAfter()) <= 0;
	}

	/**
	 * Adds the change to the caller's atomic write: the balance and the held part, at the
	 * version read, and for a non-zero amount its ledger entry with the balance after it.
	 * @return the ledger entry, or null when the amount is zero (a hold or its release)
	 * @throws InsufficientFundsException when the cash does not cover the change
	 */
	public LedgerEntry enlist(AtomicWrite tx) {
		return writer.enlist(tx, this);
	}

	String username() {
		return username;
	}

	long version() {
		return version;
	}

	BigDecimal balanceAfter() {
		return balance.add(amountDelta);
	}

	BigDecimal heldAfter() {
		return held.add(heldDelta);
	}

	BigDecimal amountDelta() {
		return amountDelta;
	}

	LedgerType type() {
		return type;
	}

	String description() {
		return description;
	}

	String reference() {
		return reference;
	}

}
