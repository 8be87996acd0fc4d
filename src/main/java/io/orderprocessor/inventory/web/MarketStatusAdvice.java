package io.orderprocessor.inventory.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.orderprocessor.inventory.InventoryService;
import io.orderprocessor.inventory.MarketFormat;
import io.orderprocessor.inventory.MarketStatus;
import io.orderprocessor.platform.web.PageController;

/**
 * Gives every page the line the layout's footer shows about the market data: its source
 * and how recent the prices are ({@code marketStatus}).
 */
@ControllerAdvice(assignableTypes = PageController.class)
class MarketStatusAdvice {

	private final InventoryService inventory;

	private final MessageSource messages;

	private final MarketFormat format;

	MarketStatusAdvice(InventoryService inventory, MessageSource messages, MarketFormat format) {
		this.inventory = inventory;
		this.messages = messages;
		this.format = format;
	}

	@ModelAttribute("marketStatus")
	String marketStatus(Locale locale) {
		MarketStatus status = inventory.status();
		String source = messages.getMessage("market.source." + status.source(), null, status.source(), locale);
		if (status.asOf() == null) {
			return messages.getMessage("market.status.waiting", new Object[] { source }, locale);
		}
		String time = format.time(status.asOf());
		if (!status.fresh() || status.problem() != null) {
			return messages.getMessage("market.status.stale",
					new Object[] { source, time, Math.max(1, status.age().toMinutes()) }, locale);
		}
		return messages.getMessage("market.status", new Object[] { source, time }, locale);
	}

}
