package io.orderprocessor.user.internal;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Cash limits ({@code app.cash.*}).
 *
 * @param dailyDepositLimit USD a user may deposit per UTC day
 * @param dailyWithdrawalLimit USD a user may withdraw per UTC day
 * @param operationsPerMinute deposits and withdrawals per user per minute
 * @param demoTraderBalance the demo trader's opening cash in demo mode
 */
@ConfigurationProperties("app.cash")
public record CashProperties(@DefaultValue("10000") BigDecimal dailyDepositLimit,
		@DefaultValue("5000") BigDecimal dailyWithdrawalLimit, @DefaultValue("60") int operationsPerMinute,
		@DefaultValue("25000") BigDecimal demoTraderBalance) {

}
