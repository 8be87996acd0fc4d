package io.orderprocessor.platform.postgres;

import java.time.Clock;
import java.time.Instant;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import io.orderprocessor.platform.store.AtomicWrite;
import io.orderprocessor.platform.store.Attributes;
import io.orderprocessor.platform.store.Item;
import io.orderprocessor.platform.store.Store;

import static org.assertj.core.api.Assertions.assertThat;

/** Expired items leave the table; live ones and ones without an expiry stay. */
class ExpiredItemsCleanupTest {

	@Test
	void expiredItemsAreDeletedAndOthersStay() {
		JdbcTemplate jdbc = new JdbcTemplate(PostgresStoreContractTest.DATA_SOURCE);
		Store store = new Store(PostgresStoreContractTest.ENGINE, 3, new SimpleMeterRegistry());
		long now = Instant.now().getEpochSecond();
		store.write(AtomicWrite.create()
			.put(Item.at("CLEANUP", "OLD").set(Attributes.EXPIRES_AT, now - 10).build())
			.put(Item.at("CLEANUP", "LIVE").set(Attributes.EXPIRES_AT, now + 3600).build())
			.put(Item.at("CLEANUP", "FOREVER").build()));

		new ExpiredItemsCleanup(jdbc, Clock.systemUTC()).deleteExpired();

		assertThat(jdbc.queryForList("SELECT sk FROM items WHERE pk = 'CLEANUP' ORDER BY sk", String.class))
			.containsExactly("FOREVER", "LIVE");
	}

}
