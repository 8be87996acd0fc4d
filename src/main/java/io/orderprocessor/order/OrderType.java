package io.orderprocessor.order;

import java.util.Locale;
import java.util.Optional;

/** The four kinds of order; the API writes them in lower case. */
public enum OrderType {

	MARKET_BUY(Side.BUY, false), MARKET_SELL(Side.SELL, false), LIMIT_BUY(Side.BUY, true), LIMIT_SELL(Side.SELL, true);

	private final Side side;

	private final boolean limit;

	OrderType(Side side, boolean limit) {
		this.side = side;
		this.limit = limit;
	}

	public Side side() {
		return side;
	}

	public boolean isLimit() {
		return limit;
	}

	public boolean isBuy() {
		return side == Side.BUY;
	}

	public static OrderType of(Side side, boolean limit) {
		return side == Side.BUY ? (limit ? LIMIT_BUY : MARKET_BUY) : (limit ? LIMIT_SELL : MARKET_SELL);
	}

	/** Either case; empty for anything else. */
	public static Optional<OrderType> parse(String value) {
		if (value == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public enum Side {

		BUY, SELL;

		public static Optional<Side> parse(String value) {
			if (value == null) {
				return Optional.empty();
			}
			try {
				return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				return Optional.empty();
			}
		}

		public String apiName() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
