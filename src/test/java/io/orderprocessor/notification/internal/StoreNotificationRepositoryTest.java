package io.orderprocessor.notification.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.github.f4b6a3.ulid.UlidCreator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import io.orderprocessor.notification.Notification;
import io.orderprocessor.notification.NotificationPage;
import io.orderprocessor.notification.internal.NotificationRepository.Counter;
import io.orderprocessor.platform.store.InMemoryStoreEngine;
import io.orderprocessor.platform.store.Store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Notifications and their counter over an in-memory store: pages newest first with id
 * cursors, the unread count, and "mark all read" that loses to a note arriving meanwhile.
 */
class StoreNotificationRepositoryTest {

	private final StoreNotificationRepository repository = new StoreNotificationRepository(
			new Store(new InMemoryStoreEngine(), 30, new SimpleMeterRegistry()));

	@Test
	void aUserWithoutNotesHasAnEmptyCounterAndPage() {
		assertThat(repository.counter("nobody")).isEqualTo(new Counter(0, null, null));
		NotificationPage page = repository.page("nobody", null, null, 10);
		assertThat(page.notifications()).isEmpty();
		assertThat(page.hasMore()).isFalse();
		assertThat(page.nextCursor()).isNull();
		assertThat(repository.markAllRead("nobody", repository.counter("nobody"))).isTrue();
	}

	@Test
	void notesComePageAfterPageNewestFirstAndOnlyTheirOwners() {
		List<String> ids = add("ann", 5);
		add("ben", 2);

		NotificationPage first = repository.page("ann", null, null, 2);
		NotificationPage second = repository.page("ann", null, first.nextCursor(), 2);
		NotificationPage third = repository.page("ann", null, second.nextCursor(), 2);

		assertThat(first.notifications()).extracting(Notification::id).containsExactly(ids.get(4), ids.get(3));
		assertThat(first.hasMore()).isTrue();
		assertThat(first.nextCursor()).isEqualTo(ids.get(3));
		assertThat(second.notifications()).extracting(Notification::id).containsExactly(ids.get(2), ids.get(1));
		assertThat(third.notifications()).extracting(Notification::id).containsExactly(ids.get(0));
		assertThat(third.hasMore()).isFalse();
		assertThat(third.nextCursor()).isNull();
		assertThat(first.notifications().get(0)).satisfies(note -> {
			assertThat(note.kind()).isEqualTo("deposit");
			assertThat(note.text()).isEqualTo("Note 4");
			assertThat(note.link()).isEqualTo("/account");
			assertThat(note.read()).isFalse();
			assertThat(note.createdAt()).isEqualTo(Instant.parse("2026-03-01T10:04:00Z"));
		});
		assertThat(third.notifications().get(0).link()).as("a note without a link").isNull();
		assertThat(repository.page("ben", null, null, 10).notifications()).hasSize(2);
	}

	@Test
	void theCounterCountsUnreadNotesUntilAllAreMarkedRead() {
		List<String> ids = add("cat", 3);
		Counter counter = repository.counter("cat");
		assertThat(counter).isEqualTo(new Counter(3, ids.get(2), null));

		assertThat(repository.markAllRead("cat", counter)).isTrue();

		Counter read = repository.counter("cat");
		assertThat(read).isEqualTo(new Counter(0, ids.get(2), ids.get(2)));
		assertThat(repository.page("cat", read.readUpTo(), null, 10).notifications()).allMatch(Notification::read);
		List<String> later = add("cat", 1);
		assertThat(repository.counter("cat").unread()).isEqualTo(1);
		assertThat(repository.page("cat", read.readUpTo(), null, 10).notifications())
			.extracting(Notification::id, Notification::read)
			.first()
			.isEqualTo(tuple(later.get(0), false));
	}

	@Test
	void markingReadLosesToANoteThatArrivedSinceTheCounterWasRead() {
		add("dan", 2);
		Counter seen = repository.counter("dan");
		add("dan", 1);

		assertThat(repository.markAllRead("dan", seen)).isFalse();
		assertThat(repository.counter("dan").unread()).isEqualTo(3);
		assertThat(repository.markAllRead("dan", repository.counter("dan"))).isTrue();
		assertThat(repository.counter("dan").unread()).isZero();
	}

	private List<String> add(String username, int count) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String id = UlidCreator.getMonotonicUlid().toString();
			repository.add(username, id, "deposit", "Note " + i, i == 0 ? null : "/account",
					Instant.parse("2026-03-01T10:00:00Z").plusSeconds(60L * i));
			ids.add(id);
		}
		return ids;
	}

}
