package io.orderprocessor.inventory;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import io.orderprocessor.shared.Enums;

/** The columns the market can be sorted by; ties fall back to market-cap rank. */
public enum MarketSort {

	RANK("rank", Comparator.comparingInt(m -> m.asset().marketCapRank())),

	NAME("name", Comparator.comparing(m -> m.asset().name().toLowerCase(Locale.ROOT))),

	SYMBOL("symbol", Comparator.comparing(MarketAsset::symbol)),

	PRICE("price", decimal(m -> m.quote().price())),

	CHANGE("change", decimal(m -> m.quote().change24h())),

	MARKET_CAP("cap", decimal(m -> m.quote().marketCap())),

	VOLUME("volume", decimal(m -> m.quote().volume24h())),

	CATEGORY("category", Comparator.comparing(m -> m.asset().category()));

	private final String code;

	private final Comparator<MarketAsset> ascending;

	MarketSort(String code, Comparator<MarketAsset> ascending) {
		this.code = code;
		this.ascending = ascending;
	}

	/** The value of the {@code sort} query parameter. */
	public String code() {
		return code;
	}

	public Comparator<MarketAsset> comparator(boolean descending) {
		Comparator<MarketAsset> order = descending ? ascending.reversed() : ascending;
		return order.thenComparing(RANK.ascending);
	}

	public static Optional<MarketSort> parse(String code) {
		return Enums.byCode(values(), MarketSort::code, code);
	}

	private static Comparator<MarketAsset> decimal(Function<MarketAsset, BigDecimal> figure) {
		return Comparator.comparing(figure, Comparator.nullsFirst(Comparator.naturalOrder()));
	}

}
