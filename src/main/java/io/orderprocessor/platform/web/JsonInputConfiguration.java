package io.orderprocessor.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How JSON bodies are read: a key given twice is refused (400) instead of the last one
 * silently winning, and text holding NUL is refused on its field (422).
 */
@Configuration(proxyBeanMethods = false)
class JsonInputConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictDuplicateKeys() {
		return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.addModule(new SimpleModule("no-nul-strings").addDeserializer(String.class, new NoNulStrings()));
	}

	/**
	 * Text with a NUL character is refused (the store cannot keep it): a 422 on its
	 * field.
	 */
	static final class NoNulStrings extends StdScalarDeserializer<String> {

		NoNulStrings() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = StringDeserializer.instance.deserialize(parser, context);
			if (value != null && value.indexOf('\0') >= 0) {
				return (String) context.handleWeirdStringValue(String.class, value, "contains a NUL character");
			}
			return value;
		}

	}

}
