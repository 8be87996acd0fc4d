package io.orderprocessor.platform.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountLocksTest {

	@Test
	void oneAccountsWorkRunsOneAtATime() throws Exception {
		AccountLocks locks = new AccountLocks(64, Duration.ofSeconds(30));
		AtomicInteger inside = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(16);
		List<Future<?>> futures = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			futures.add(pool.submit(() -> locks.withLock("alice", () -> {
				most.accumulateAndGet(inside.incrementAndGet(), Math::max);
				Thread.yield();
				inside.decrementAndGet();
			})));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		pool.shutdown();

		assertThat(most.get()).isEqualTo(1);
	}

	@Test
	void isReentrantForTheSameAccount() {
		AccountLocks locks = new AccountLocks(1, Duration.ofSeconds(1));

		String result = locks.withLock("bob", () -> locks.withLock("bob", () -> "nested"));

		assertThat(result).isEqualTo("nested");
	}

	@Test
	void aTurnThatDoesNotComeWithinTheWaitFailsAndRunsNothing() throws Exception {
		AccountLocks locks = new AccountLocks(8, Duration.ofMillis(50));
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Thread holder = new Thread(() -> locks.withLock("carol", () -> {
			holding.countDown();
			try {
				release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}));
		holder.start();
		holding.await(30, TimeUnit.SECONDS);
		AtomicInteger ran = new AtomicInteger();

		assertThatThrownBy(() -> locks.withLock("carol", ran::incrementAndGet))
			.isInstanceOf(AccountBusyException.class);

		release.countDown();
		holder.join();
		assertThat(ran.get()).isZero();
		assertThat(locks.withLock("carol", () -> "next")).isEqualTo("next");
	}

}
