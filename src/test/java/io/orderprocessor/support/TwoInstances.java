package io.orderprocessor.support;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application instances in this JVM sharing one database (and the test JVM's Redis),
 * as two production instances share their PostgreSQL server; close it to stop both.
 * {@link ApplicationInstances#client} makes a client of either.
 */
public record TwoInstances(SharedDatabase database, ConfigurableApplicationContext one,
		ConfigurableApplicationContext two) implements AutoCloseable {

	/**
	 * Starts both instances on a new shared database, each with {@code arguments} besides
	 * the database's.
	 */
	public static TwoInstances onOneDatabase(String... arguments) {
		SharedDatabase database = SharedDatabase.create();
		List<String> all = new ArrayList<>(List.of(database.applicationArguments()));
		all.addAll(List.of(arguments));
		String[] each = all.toArray(String[]::new);
		ConfigurableApplicationContext one = ApplicationInstances.startInProcess(each);
		try {
			return new TwoInstances(database, one, ApplicationInstances.startInProcess(each));
		}
		catch (RuntimeException ex) {
			one.close();
			database.close();
			throw ex;
		}
	}

	/** Stops the second instance, then the first, as try-with-resources would. */
	@Override
	public void close() {
		try {
			two.close();
		}
		finally {
			try {
				one.close();
			}
			finally {
				database.close();
			}
		}
	}

}
