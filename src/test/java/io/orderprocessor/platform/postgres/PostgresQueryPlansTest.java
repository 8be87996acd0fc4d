package io.orderprocessor.platform.postgres;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import io.orderprocessor.platform.store.Filter;
import io.orderprocessor.platform.store.Index;
import io.orderprocessor.platform.store.Key;
import io.orderprocessor.platform.store.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every hot path of the store is an index read, never a sequential scan: PostgreSQL's own
 * plans ({@code EXPLAIN}) of the statements the engine sends, on a table of realistic
 * shape and size (3,000 users with profiles, cash, ledger, orders and audit events).
 */
class PostgresQueryPlansTest {

	static final PostgresStoreEngine ENGINE = PostgresStoreContractTest.ENGINE;

	@BeforeAll
	static void fillTheTable() {
		JdbcTemplate jdbc = new JdbcTemplate(PostgresStoreContractTest.DATA_SOURCE);
		jdbc.update("""
				INSERT INTO items (pk, sk, attrs, gsi2pk, gsi2sk)
				SELECT 'USER#plan' || u, 'PROFILE', jsonb_build_object('username', 'plan' || u, 'role', 'USER'),
				       'USERS', 'plan' || u
				FROM generate_series(1, 3000) u""");
		jdbc.update("""
				INSERT INTO items (pk, sk, attrs)
				SELECT 'USER#plan' || u, 'LEDGER#' || lpad(e::text, 26, '0'),
				       jsonb_build_object('type', 'DEPOSIT', 'amount', 10.00)
				FROM generate_series(1, 3000) u, generate_series(1, 10) e""");
		jdbc.update("""
				INSERT INTO items (pk, sk, attrs, gsi1pk, gsi1sk, gsi2pk, gsi2sk)
				SELECT 'USER#plan' || u, 'ORDER#' || lpad(o::text, 26, '0'),
				       jsonb_build_object('status', 'PENDING', 'symbol', 'BTC'),
				       'OPEN#' || (ARRAY['BTC','ETH','SOL','ADA'])[1 + o % 4],
				       (ARRAY['BUY#','SELL#'])[1 + u % 2] || lpad((u * 37 % 100000)::text, 12, '0'),
				       'ORDERS#2026-12-0' || (1 + o % 5), lpad(u::text, 10, '0') || lpad(o::text, 16, '0')
				FROM generate_series(1, 3000) u, generate_series(1, 5) o""");
		jdbc.update("""
				INSERT INTO items (pk, sk, attrs, gsi2pk, gsi2sk)
				SELECT 'AUDIT#2026-12-0' || (1 + a % 5), lpad(a::text, 26, '0'),
				       jsonb_build_object('action', 'user.signed_in', 'actor', 'plan' || (a % 3000)),
				       'ACTOR#plan' || (a % 3000), lpad(a::text, 26, '0')
				FROM generate_series(1, 20000) a""");
		jdbc.execute("ANALYZE items");
	}

	@Test
	void readsByKeyUseThePrimaryKey() {
		assertIndexRead(ENGINE.select(Query.table("USER#plan17").beginsWith("PROFILE").limit(1)), "items_pkey");
		assertIndexRead(PostgresStoreEngine.lockOf(List.of(Key.of("USER#plan17", "CASH"),
				Key.of("USER#plan17", "LEDGER#01JD"), Key.of("USER#plan17", "DAY#2026-12-02"))), "items_pkey");
	}

	@Test
	void aUsersLedgerAndOrdersAreRangeReadsOfTheirPartition() {
		assertIndexRead(ENGINE.select(Query.table("USER#plan17").beginsWith("LEDGER#").newestFirst().limit(20)),
				"items_pkey");
		assertIndexRead(ENGINE.select(Query.table("USER#plan17")
			.between("ORDER#0", "ORDER#9")
			.where(Filter.equalTo("symbol", "BTC"))
			.newestFirst()
			.limit(25)), "items_pkey");
		assertIndexRead(ENGINE.countOf(Query.table("USER#plan17").beginsWith("ORDER#")), "items_pkey");
	}

	@Test
	void theMatcherReadsOpenOrdersBySymbolSideAndPrice() {
		assertIndexRead(
				ENGINE.select(Query.index(Index.GSI1, "OPEN#BTC").between("BUY#000000050000", "BUY#999999999999")),
				"items_gsi1");
		assertIndexRead(
				ENGINE.select(Query.index(Index.GSI1, "OPEN#ETH").between("SELL#000000000000", "SELL#000000040000")),
				"items_gsi1");
	}

	@Test
	void usersOrdersByDayAndAuditByActorUseTheSecondOrdering() {
		assertIndexRead(ENGINE.select(Query.index(Index.GSI2, "USERS").limit(26)), "items_gsi2");
		assertIndexRead(ENGINE.countOf(Query.index(Index.GSI2, "USERS")), "items_gsi2");
		assertIndexRead(ENGINE.select(Query.index(Index.GSI2, "ORDERS#2026-12-03").newestFirst().limit(51)),
				"items_gsi2");
		assertIndexRead(ENGINE.select(Query.index(Index.GSI2, "ACTOR#plan42").newestFirst().limit(51)), "items_gsi2");
	}

	@Test
	void auditByDayIsARangeReadOfTheDaysPartition() {
		assertIndexRead(ENGINE.select(Query.table("AUDIT#2026-12-02")
			.between("0", "9")
			.where(Filter.equalTo("action", "user.signed_in"))
			.newestFirst()
			.limit(51)), "items_pkey");
	}

	private static void assertIndexRead(PostgresStoreEngine.Sql sql, String index) {
		String plan = String.join("\n", ENGINE.plan(sql));
		assertThat(plan).as(sql.text()).doesNotContain("Seq Scan").contains(index);
	}

}
