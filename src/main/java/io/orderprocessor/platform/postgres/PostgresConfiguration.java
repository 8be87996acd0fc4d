package io.orderprocessor.platform.postgres;

import java.time.Clock;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

import io.orderprocessor.platform.MissingSettingException;
import io.orderprocessor.platform.store.StoreEngine;

/**
 * {@code app.store=postgres} (the default): the store on PostgreSQL at
 * {@code spring.datasource.url}, or, with no URL, on an embedded PostgreSQL started for
 * this process. Flyway migrates the schema on start ({@code spring.flyway.*}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "app.store", havingValue = "postgres", matchIfMissing = true)
@EnableConfigurationProperties(PostgresProperties.class)
class PostgresConfiguration {

	private static final String EMBEDDED_CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

	@Bean
	@ConfigurationProperties("spring.datasource")
	DataSourceProperties dataSourceProperties() {
		return new DataSourceProperties();
	}

	@Bean(destroyMethod = "close")
	EmbeddedServerHolder embeddedPostgres(DataSourceProperties connection, PostgresProperties properties) {
		if (StringUtils.hasText(connection.getUrl())) {
			return new EmbeddedServerHolder(null);
		}
		if (!properties.embedded() || !ClassUtils.isPresent(EMBEDDED_CLASS, getClass().getClassLoader())) {
			throw new MissingSettingException("spring.datasource.url",
					"app.store=postgres needs spring.datasource.url (SPRING_DATASOURCE_URL, e.g. "
							+ "jdbc:postgresql://db:5432/orderprocessor) with spring.datasource.username and .password,"
							+ " or set app.store=dynamodb");
		}
		return new EmbeddedServerHolder(EmbeddedPostgresServer.start(properties.dataDir(), properties.port()));
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(DataSourceProperties connection, EmbeddedServerHolder embedded) {
		if (embedded.server() != null) {
			connection.setUrl(embedded.server().jdbcUrl());
			connection.setUsername("postgres");
			connection.setPassword("");
		}
		return connection.initializeDataSourceBuilder().type(HikariDataSource.class).build();
	}

	@Bean
	StoreEngine postgresStoreEngine(DataSource dataSource, PlatformTransactionManager transactionManager,
			ObjectProvider<JdbcTemplate> jdbc) {
		return new PostgresStoreEngine(jdbc.getIfAvailable(() -> new JdbcTemplate(dataSource)),
				new TransactionTemplate(transactionManager), Clock.systemUTC());
	}

	@Bean
	ExpiredItemsCleanup expiredItemsCleanup(DataSource dataSource) {
		return new ExpiredItemsCleanup(new JdbcTemplate(dataSource), Clock.systemUTC());
	}

	/** The embedded server when one was started (null: an external PostgreSQL). */
	record EmbeddedServerHolder(EmbeddedPostgresServer server) implements AutoCloseable {

		@Override
		public void close() throws Exception {
			if (server != null) {
				server.close();
			}
		}

	}

}
