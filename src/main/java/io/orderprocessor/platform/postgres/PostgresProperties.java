package io.orderprocessor.platform.postgres;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The PostgreSQL engine's own settings; the connection itself is Boot's
 * {@code spring.datasource.*} (URL, user, password, HikariCP pool).
 *
 * @param embedded with no {@code spring.datasource.url}: start an embedded PostgreSQL
 * @param dataDir the embedded server's data directory (blank: temporary)
 * @param port the embedded server's port (0: any free port)
 */
@ConfigurationProperties("app.store.postgres")
record PostgresProperties(@DefaultValue("true") boolean embedded, @DefaultValue("data/postgres") String dataDir,
		@DefaultValue("0") int port) {
}
