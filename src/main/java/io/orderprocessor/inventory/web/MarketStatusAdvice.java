package io.orderprocessor.inventory.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.orderprocessor.inventory.InventoryService;
import io.orderprocessor.inventory.MarketFormat;
import io.orderprocessor.inventory.MarketStatus;
import io.orderprocessor.platform.web.Messages;
import io.orderprocessor.platform.web.PageController;

/**
 * Gives every page the line the layout's footer shows about the market data: its source
 * and how recent the prices are ({@code marketStatus}).
 */
@ControllerAdvice(assignableTypes = PageController.class)
class MarketStatusAdvice {

	private final InventoryService inventory;

	private final Messages messages;

	private final MarketFormat format;

	MarketStatusAdvice(InventoryService inventory, Messages messages, MarketFormat format) {
		this.inventory = inventory;
		this.messages = messages;
		this.format = format;
	}

	@ModelAttribute("marketStatus")
	String marketStatus() {
		MarketStatus status = inventory.status();
		String source = messages.text("market.source." + status.source());
		if (status.asOf() == null) {
			return messages.text("market.status.waiting", source);
		}
		String time = format.time(status.asOf());
		if (!status.fresh() || status.problem() != null) {
			return messages.text("market.status.stale", source, time, Math.max(1, status.age().toMinutes()));
		}
		return messages.text("market.status", source, time);
	}

}
