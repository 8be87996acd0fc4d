package io.orderprocessor.order;

import java.util.Locale;
import java.util.Optional;

import io.orderprocessor.shared.Enums;

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

	/**
	 * The pages' two fields, by the same rule as the API's {@code order_type}: either
	 * case, trimmed, nothing else guessed.
	 * @param kind {@code market} or {@code limit}
	 * @param side {@code buy} or {@code sell}
	 * @return empty when either is missing or anything else
	 */
	public static Optional<OrderType> parse(String kind, String side) {
		return Kind.parse(kind).flatMap(k -> Side.parse(side).map(s -> of(s, k == Kind.LIMIT)));
	}

	/** Either case; empty for anything else. */
	public static Optional<OrderType> parse(String value) {
		return Enums.parse(OrderType.class, value);
	}

	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** How the price is set: at the market or at a limit. */
	public enum Kind {

		MARKET, LIMIT;

		public static Optional<Kind> parse(String value) {
			return Enums.parse(Kind.class, value);
		}

	}

	public enum Side {

		BUY, SELL;

		public static Optional<Side> parse(String value) {
			return Enums.parse(Side.class, value);
		}

		public String apiName() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
