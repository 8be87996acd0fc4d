package io.orderprocessor.inventory;

import java.time.Duration;
import java.util.Optional;

import io.orderprocessor.shared.Enums;

/**
 * The spans a price chart can show, with the spacing of their points; a candle of the
 * chart covers one step.
 */
public enum HistoryRange {

	D1("1d", Duration.ofDays(1), Duration.ofMinutes(15)),

	D7("7d", Duration.ofDays(7), Duration.ofHours(2)),

	D30("30d", Duration.ofDays(30), Duration.ofHours(8)),

	Y1("1y", Duration.ofDays(365), Duration.ofDays(1));

	private final String code;

	private final Duration span;

	private final Duration step;

	HistoryRange(String code, Duration span, Duration step) {
		this.code = code;
		this.span = span;
		this.step = step;
	}

	/** {@code 1d}, {@code 7d}, {@code 30d} or {@code 1y}, as in URLs and the API. */
	public String code() {
		return code;
	}

	public Duration span() {
		return span;
	}

	public Duration step() {
		return step;
	}

	/** Number of points, both ends included. */
	public int points() {
		return (int) (span.toSeconds() / step.toSeconds()) + 1;
	}

	public static Optional<HistoryRange> parse(String code) {
		return Enums.byCode(values(), HistoryRange::code, code);
	}

}
