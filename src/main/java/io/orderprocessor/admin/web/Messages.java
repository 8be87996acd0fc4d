package io.orderprocessor.admin.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The admin pages' texts from {@code i18n/admin.properties}, for flash messages. */
@Component
class Messages {

	private final MessageSource source;

	Messages(MessageSource source) {
		this.source = source;
	}

	String text(String code, Object... args) {
		return source.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
