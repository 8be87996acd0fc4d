package io.orderprocessor.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import io.orderprocessor.user.UserModuleOnFakes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts read right: every message, formatted with 1 for each argument, says "1 order",
 * never "1 orders" (choice formats), and still says "2 orders" for 2.
 */
class CountMessagesTest {

	private static final List<String> FILES = List.of("messages", "i18n/user", "i18n/inventory", "i18n/order",
			"i18n/portfolio", "i18n/notification", "i18n/admin");

	private static final Pattern ONE_PLURAL = Pattern.compile(
			"\\b1 (orders|users|assets|entries|seconds|minutes|hours|notifications|holdings|trades|filled orders)\\b");

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

	private final ResourceBundleMessageSource messages = UserModuleOnFakes.messages();

	@Test
	void noMessageSaysOneWithAPluralNoun() throws IOException {
		List<String> wrong = new ArrayList<>();
		for (String file : FILES) {
			Properties properties = new Properties();
			try (InputStream in = getClass().getResourceAsStream("/" + file + ".properties")) {
				properties.load(in);
			}
			for (String key : properties.stringPropertyNames()) {
				String text = format(key, properties.getProperty(key), 1L);
				if (ONE_PLURAL.matcher(text).find()) {
					wrong.add(key + " = " + text);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void countsReadRightForOneAndForMany() {
		assertThat(messages.getMessage("portfolio.history.count", new Object[] { 1L }, Locale.ENGLISH))
			.isEqualTo("1 order");
		assertThat(messages.getMessage("admin.users.count", new Object[] { 1L }, Locale.ENGLISH)).isEqualTo("1 user");
		assertThat(messages.getMessage("admin.users.count", new Object[] { 1200L }, Locale.ENGLISH))
			.isEqualTo("1,200 users");
		assertThat(messages.getMessage("landing.trade", new Object[] { 1L }, Locale.ENGLISH))
			.isEqualTo("Trade 1 asset");
		assertThat(messages.getMessage("landing.trade", new Object[] { 116L }, Locale.ENGLISH))
			.isEqualTo("Trade 116 assets");
		assertThat(messages.getMessage("login.blocked", new Object[] { 1L }, Locale.ENGLISH))
			.contains("blocked for 1 minute.");
		assertThat(messages.getMessage("error.retryAfter", new Object[] { 1L }, Locale.ENGLISH))
			.isEqualTo("Please wait 1 second before trying again.");
	}

	private String format(String key, String pattern, Object value) {
		int arguments = 0;
		Matcher argument = ARGUMENT.matcher(pattern);
		while (argument.find()) {
			arguments = Math.max(arguments, Integer.parseInt(argument.group(1)) + 1);
		}
		Object[] values = new Object[arguments];
		Arrays.fill(values, value);
		return messages.getMessage(key, values, Locale.ENGLISH);
	}

}
