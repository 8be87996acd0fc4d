package io.orderprocessor.platform.postgres;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes expired items (DynamoDB's TTL does this by itself): they are already invisible
 * to reads and conditions, so this only keeps the table small. Small batches in index
 * order, harmless on several instances at once.
 */
class ExpiredItemsCleanup {

	private static final Logger log = LoggerFactory.getLogger(ExpiredItemsCleanup.class);

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ExpiredItemsCleanup(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${app.store.postgres.cleanup-period:10m}",
			fixedDelayString = "${app.store.postgres.cleanup-period:10m}")
	void deleteExpired() {
		try {
			int deleted;
			int total = 0;
			do {
				deleted = deleteBatch();
				total += deleted;
			}
			while (deleted == BATCH);
			if (total > 0) {
				log.info("Deleted {} expired items", total);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not delete expired items this time: {}", ex.getMessage());
		}
	}

	int deleteBatch() {
		return jdbc.update("DELETE FROM items WHERE ctid IN (SELECT ctid FROM items WHERE expires_at <= ? "
				+ "ORDER BY expires_at LIMIT " + BATCH + ")", clock.instant().getEpochSecond());
	}

}
