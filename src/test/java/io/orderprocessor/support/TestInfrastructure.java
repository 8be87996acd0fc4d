package io.orderprocessor.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test application context at the test JVM's own Redis and at a new database of
 * its own PostgreSQL.
 */
public class TestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues
			.of("spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + TestRedis.port(),
					"spring.datasource.url=" + TestPostgres.newDatabase(), "spring.datasource.username=postgres",
					"spring.datasource.password=")
			.applyTo(context);
	}

}
