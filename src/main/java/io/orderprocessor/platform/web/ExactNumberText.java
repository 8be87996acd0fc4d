package io.orderprocessor.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads an amount, quantity or price given as a JSON number or string as its exact text,
 * so the module's rules parse it as a decimal and it never passes through {@code double}.
 * Objects, arrays and booleans are a type error (422). Use as
 * {@code @JsonDeserialize(using = ExactNumberText.class) String amount}.
 */
public class ExactNumberText extends ValueDeserializer<String> {

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
				|| token == JsonToken.VALUE_STRING) {
			return parser.getString();
		}
		return (String) context.handleUnexpectedToken(String.class, parser);
	}

}
