package io.orderprocessor.platform.web;

import java.util.Collection;
import java.util.List;

/**
 * One option of a filter's select ({@code fragments/filters :: choice}): the value sent,
 * and the label shown, which the controller looks up (a fragment parameter cannot call a
 * bean).
 */
public record Choice(String value, String label) {

	/** Options whose label is their value (categories, event types). */
	public static List<Choice> plain(Collection<String> values) {
		return values.stream().map(value -> new Choice(value, value)).toList();
	}

}
