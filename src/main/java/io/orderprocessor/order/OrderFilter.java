package io.orderprocessor.order;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

import io.orderprocessor.inventory.Symbols;

/**
 * An order-history filter as typed into a page's address ({@code ?asset=btc&side=buy
 * &type=limit_buy&status=pending&from=2026-01-01&to=2026-01-31&cursor=ord_...}): the
 * portfolio page and the admin orders page both bind it, so both read the same way. Blank
 * values mean "any".
 */
public record OrderFilter(String asset, String side, String type, String status, String from, String to,
		String cursor) {

	public OrderFilter {
		asset = blankToNull(asset);
		side = blankToNull(side);
		type = blankToNull(type);
		status = blankToNull(status);
		from = blankToNull(from);
		to = blankToNull(to);
		cursor = blankToNull(cursor);
	}

	/**
	 * The query this filter asks for.
	 * @throws IllegalArgumentException for an unknown asset symbol, side, type or status,
	 * or a date that is not {@code yyyy-mm-dd}
	 */
	public OrderQuery query(int limit) {
		return new OrderQuery(
				asset == null ? null : Symbols.normalise(asset).orElseThrow(IllegalArgumentException::new),
				type == null ? null : OrderType.parse(type).orElseThrow(IllegalArgumentException::new),
				side == null ? null : OrderType.Side.parse(side).orElseThrow(IllegalArgumentException::new),
				status == null ? null : OrderStatus.parse(status).orElseThrow(IllegalArgumentException::new),
				date(from), date(to), cursor, 0, limit);
	}

	/** {@code path} with this filter and {@code nextCursor} (if any) as parameters. */
	public UriComponentsBuilder link(String path, String nextCursor) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		Optional.ofNullable(asset).ifPresent(v -> builder.queryParam("asset", v));
		Optional.ofNullable(side).ifPresent(v -> builder.queryParam("side", v));
		Optional.ofNullable(type).ifPresent(v -> builder.queryParam("type", v));
		Optional.ofNullable(status).ifPresent(v -> builder.queryParam("status", v));
		Optional.ofNullable(from).ifPresent(v -> builder.queryParam("from", v));
		Optional.ofNullable(to).ifPresent(v -> builder.queryParam("to", v));
		Optional.ofNullable(nextCursor).ifPresent(v -> builder.queryParam("cursor", v));
		return builder;
	}

	private static LocalDate date(String value) {
		try {
			return value == null ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
