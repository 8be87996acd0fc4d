package io.orderprocessor.platform.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page ended: the sort key in the ordering read, and the item's table key (which
 * breaks ties in a secondary ordering). Clients see it only as an opaque string.
 */
public record Cursor(String sortKey, Key key) {

	private static final char SEPARATOR = '\u0000';

	public static Cursor of(Index index, Item item) {
		return new Cursor(item.str(index.sortAttribute()), item.key());
	}

	public String encode() {
		String plain = sortKey + SEPARATOR + key.pk() + SEPARATOR + key.sk();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @throws IllegalArgumentException when the string is no cursor of ours
	 */
	public static Cursor decode(String cursor) {
		String plain;
		try {
			plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Malformed cursor", ex);
		}
		String[] parts = plain.split(String.valueOf(SEPARATOR), -1);
		if (parts.length != 3) {
			throw new IllegalArgumentException("Malformed cursor");
		}
		return new Cursor(parts[0], new Key(parts[1], parts[2]));
	}

}
