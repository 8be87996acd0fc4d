package io.orderprocessor.support;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A JSON object's fields as text, so a test compares several of them at once and a
 * failure names every field that differs.
 */
public final class JsonTexts {

	private JsonTexts() {
	}

	/**
	 * Each field of {@code object} by name: a value as its text ({@code "null"} for
	 * null), an array or object as its JSON.
	 */
	public static Map<String, String> of(JsonNode object) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> field : object.properties()) {
			JsonNode value = field.getValue();
			texts.put(field.getKey(), value.isNull() || value.isContainer() ? value.toString() : value.asString());
		}
		return texts;
	}

}
