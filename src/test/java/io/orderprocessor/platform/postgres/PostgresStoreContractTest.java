package io.orderprocessor.platform.postgres;

import java.time.Clock;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.orderprocessor.platform.store.StoreContract;
import io.orderprocessor.platform.store.StoreEngine;
import io.orderprocessor.support.TestPostgres;

/**
 * The store's contract on a real PostgreSQL (a database of its own on the test JVM's
 * server).
 */
class PostgresStoreContractTest extends StoreContract {

	static final HikariDataSource DATA_SOURCE = migratedDatabase();

	static final PostgresStoreEngine ENGINE = new PostgresStoreEngine(new JdbcTemplate(DATA_SOURCE),
			new TransactionTemplate(new DataSourceTransactionManager(DATA_SOURCE)), Clock.systemUTC());

	@Override
	protected StoreEngine engine() {
		return ENGINE;
	}

	/**
	 * A new database with the application's migrations applied, as the application runs
	 * them.
	 */
	static HikariDataSource migratedDatabase() {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(TestPostgres.newDatabase());
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(16);
		Flyway.configure().dataSource(dataSource).load().migrate();
		return dataSource;
	}

}
