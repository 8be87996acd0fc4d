package io.orderprocessor.user;

/** "Insufficient balance: available $X, requested $Y". */
public class InsufficientFundsException extends CashRuleException {

	public InsufficientFundsException(String message) {
		super(message);
	}

}
