package io.orderprocessor.shared;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The one way pages show a moment: {@code 2026-12-02 19:20:05 UTC}. */
public final class Timestamps {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.US)
		.withZone(ZoneOffset.UTC);

	private Timestamps() {
	}

	/** The moment as shown, or null for none (templates print their own placeholder). */
	public static String format(Instant instant) {
		return instant == null ? null : DATE_TIME.format(instant);
	}

}
