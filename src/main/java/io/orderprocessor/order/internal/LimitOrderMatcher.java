package io.orderprocessor.order.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

import io.orderprocessor.order.OrderService;

/**
 * Fills open limit orders that the market has crossed, every
 * {@code app.orders.matcher.period}. Every instance may run it at the same time: a fill
 * is conditional on its order still being pending. Off with
 * {@code app.orders.matcher.enabled=false} (tests call
 * {@link OrderService#matchLimitOrders()} themselves).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "app.orders.matcher.enabled", havingValue = "true", matchIfMissing = true)
class LimitOrderMatcher {

	private static final Logger log = LoggerFactory.getLogger(LimitOrderMatcher.class);

	private final OrderService orders;

	LimitOrderMatcher(OrderService orders) {
		this.orders = orders;
	}

	@Scheduled(initialDelayString = "${app.orders.matcher.period:5s}",
			fixedDelayString = "${app.orders.matcher.period:5s}")
	void match() {
		try {
			int filled = orders.matchLimitOrders();
			if (filled > 0) {
				log.info("Filled {} limit order(s)", filled);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Limit order matching failed; trying again next round", ex);
		}
	}

}
