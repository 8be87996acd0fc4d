package io.orderprocessor.inventory.internal;

import java.nio.charset.StandardCharsets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/** Listens on the Redis channel where instances announce catalogue changes. */
@Configuration(proxyBeanMethods = false)
class CatalogueChannelConfiguration {

	@Bean
	RedisMessageListenerContainer catalogueChangeListener(RedisConnectionFactory connections,
			CatalogueRefresh refresh) {
		RedisMessageListenerContainer container = new RedisMessageListenerContainer();
		container.setConnectionFactory(connections);
		container.addMessageListener(
				(message, pattern) -> refresh.heard(new String(message.getBody(), StandardCharsets.UTF_8)),
				new ChannelTopic(CatalogueRefresh.CHANNEL));
		return container;
	}

}
