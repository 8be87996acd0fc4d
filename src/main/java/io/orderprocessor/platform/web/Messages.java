package io.orderprocessor.platform.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The one way Java code looks up a text of {@code messages.properties} and
 * {@code i18n/*.properties} (flash messages, field violations, API errors,
 * notifications): in English, since pages and API say the same thing whatever the
 * browser's language.
 */
@Component
public class Messages {

	private final MessageSource source;

	public Messages(MessageSource source) {
		this.source = source;
	}

	/** The message with its arguments filled in; the code itself when there is none. */
	public String text(String code, Object... args) {
		return source.getMessage(code, args, code, Locale.ENGLISH);
	}

}
