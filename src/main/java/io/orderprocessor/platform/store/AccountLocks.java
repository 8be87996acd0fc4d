package io.orderprocessor.platform.store;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Requests for one account take their turn inside this instance: the read-modify-write of
 * a user's cash, orders and holdings runs under that user's lock, so concurrent requests
 * for one account queue for a few milliseconds each instead of colliding on the versioned
 * write and retrying (a retry storm). The locks are striped (a fixed number, chosen by
 * the account's hash: two accounts may share one, which only orders them too) and
 * reentrant (an operation may call another under the same account). The wait is bounded:
 * a request that does not get its turn within {@code maxWait} fails with
 * {@link AccountBusyException} (503 with Retry-After) and changes nothing. Across
 * instances the store's conditional writes remain the guard.
 */
public class AccountLocks {

	private final ReentrantLock[] stripes;

	private final long maxWaitNanos;

	public AccountLocks(int stripes, Duration maxWait) {
		this.stripes = new ReentrantLock[Math.max(1, stripes)];
		for (int i = 0; i < this.stripes.length; i++) {
			this.stripes[i] = new ReentrantLock(true);
		}
		this.maxWaitNanos = maxWait.toNanos();
	}

	/**
	 * Runs {@code work} holding the lock of {@code account} (a normalised username).
	 * @throws AccountBusyException when the turn did not come within the maximum wait
	 */
	public <T> T withLock(String account, Supplier<T> work) {
		ReentrantLock lock = stripes[Math.floorMod(account.hashCode(), stripes.length)];
		boolean locked;
		try {
			locked = lock.tryLock(maxWaitNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AccountBusyException("Interrupted while waiting for the account");
		}
		if (!locked) {
			throw new AccountBusyException("The account stayed busy longer than " + Duration.ofNanos(maxWaitNanos));
		}
		try {
			return work.get();
		}
		finally {
			lock.unlock();
		}
	}

	public void withLock(String account, Runnable work) {
		withLock(account, () -> {
			work.run();
			return null;
		});
	}

}
