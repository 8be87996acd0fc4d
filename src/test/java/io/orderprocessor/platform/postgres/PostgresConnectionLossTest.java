package io.orderprocessor.platform.postgres;

import java.sql.SQLException;
import java.time.Clock;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import io.orderprocessor.platform.store.AtomicWrite;
import io.orderprocessor.platform.store.Item;
import io.orderprocessor.platform.store.Key;
import io.orderprocessor.platform.store.StoreUnavailableException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database that goes away in the middle of a transaction (seen by the fault suite: the
 * rollback after "terminating connection due to administrator command" failed) is the
 * store being unavailable, a 503, not an unhandled 500.
 */
class PostgresConnectionLossTest {

	@Test
	void aCommitOrRollbackThatFailsIsTheStoreBeingUnavailable() {
		PostgresStoreEngine engine = engineWhoseTransactionsThrow(
				new TransactionSystemException("JDBC rollback failed"));

		assertThatThrownBy(() -> engine.write(write())).isInstanceOf(StoreUnavailableException.class);
	}

	@Test
	void theServerEndingTheConnectionIsTheStoreBeingUnavailable() {
		PostgresStoreEngine engine = engineWhoseTransactionsThrow(new UncategorizedSQLException("write", "UPDATE",
				new SQLException("FATAL: terminating connection due to administrator command", "57P01")));

		assertThatThrownBy(() -> engine.write(write())).isInstanceOf(StoreUnavailableException.class);
	}

	@Test
	void otherSqlFailuresStayWhatTheyAre() {
		PostgresStoreEngine engine = engineWhoseTransactionsThrow(
				new UncategorizedSQLException("write", "UPDATE", new SQLException("syntax", "42601")));

		assertThatThrownBy(() -> engine.write(write())).isInstanceOf(UncategorizedSQLException.class);
	}

	private static AtomicWrite write() {
		return AtomicWrite.create().put(Item.at(Key.of("USER#a", "CASH")).set("balance", "1").build());
	}

	private static PostgresStoreEngine engineWhoseTransactionsThrow(RuntimeException failure) {
		TransactionTemplate transactions = new TransactionTemplate() {
			@Override
			public <T> T execute(TransactionCallback<T> action) {
				throw failure;
			}
		};
		return new PostgresStoreEngine(new JdbcTemplate(), transactions, Clock.systemUTC());
	}

}
