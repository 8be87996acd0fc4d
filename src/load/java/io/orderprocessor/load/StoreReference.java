package io.orderprocessor.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The store's raw atomic write rate, the reference for the order rows: the two-item write
 * the PostgreSQL engine makes for a put-if-absent pair (one transaction: lock both keys
 * in key order, insert both), by plain JDBC against the application's own database, a few
 * threads for a few seconds.
 */
final class StoreReference {

	static final String ROW = "reference: store 2-item atomic write (JDBC)";

	private static final String LOCK = "SELECT pk, sk FROM items WHERE (pk, sk) IN ((?, ?), (?, ?)) ORDER BY pk, sk FOR UPDATE";

	private static final String INSERT = "INSERT INTO items (attrs, gsi1pk, gsi1sk, gsi2pk, gsi2sk, expires_at, pk, sk) "
			+ "VALUES (?::jsonb, NULL, NULL, NULL, NULL, NULL, ?, ?)";

	private StoreReference() {
	}

	static void measure(String jdbcUrl, int threads, long millis) throws Exception {
		AtomicLong ids = new AtomicLong();
		long end = System.currentTimeMillis() + millis;
		List<Thread> workers = new ArrayList<>();
		List<Exception> failures = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			Thread worker = new Thread(() -> {
				try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
					connection.setAutoCommit(false);
					try (PreparedStatement lock = connection.prepareStatement(LOCK);
							PreparedStatement insert = connection.prepareStatement(INSERT)) {
						while (System.currentTimeMillis() < end) {
							String pk = "LOADREF#" + ids.incrementAndGet();
							long start = System.nanoTime();
							write(connection, lock, insert, pk);
							long now = System.currentTimeMillis();
							Recorder.record(ROW, 201, (System.nanoTime() - start) / 1_000, now);
						}
					}
				}
				catch (Exception ex) {
					synchronized (failures) {
						failures.add(ex);
					}
				}
			});
			worker.start();
			workers.add(worker);
		}
		for (Thread worker : workers) {
			worker.join();
		}
		if (!failures.isEmpty()) {
			throw failures.get(0);
		}
	}

	private static void write(Connection connection, PreparedStatement lock, PreparedStatement insert, String pk)
			throws SQLException {
		try {
			lock.setString(1, pk);
			lock.setString(2, "A");
			lock.setString(3, pk);
			lock.setString(4, "B");
			lock.executeQuery().close();
			for (String sk : new String[] { "A", "B" }) {
				insert.setString(1, "{\"note\": \"load reference\"}");
				insert.setString(2, pk);
				insert.setString(3, sk);
				insert.executeUpdate();
			}
			connection.commit();
		}
		catch (SQLException ex) {
			connection.rollback();
			throw ex;
		}
	}

}
