package io.orderprocessor.user;

/** The request would pass today's deposit or withdrawal limit. */
public class DailyLimitExceededException extends CashRuleException {

	public DailyLimitExceededException(String message) {
		super(message);
	}

}
