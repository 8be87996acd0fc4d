package io.orderprocessor.user.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.beans.factory.annotation.Autowired;

import io.orderprocessor.platform.dynamodb.DynamoDbStore;
import io.orderprocessor.platform.dynamodb.Keys;
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.user.Profile;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/** Profiles written before the user index existed are indexed once at start. */
@IntegrationTest
class UserIndexBackfillTest {

	@Autowired
	DynamoDbStore store;

	@Autowired
	UserDirectory directory;

	@Autowired
	UserIndexBackfill backfill;

	@Test
	void anOldProfileWithoutIndexKeysIsIndexedByTheBackfillOnlyWhileItHasNotRun() {
		String username = UserMother.uniqueUsername("old");
		Profile profile = new Profile(username, username + "@example.com", "Old", "Timer", null, null, false,
				Profile.CUSTOMER, false, Instant.now(), Instant.now());
		Map<String, AttributeValue> item = new HashMap<>(Items.profile(new StoredUser(profile, "{bcrypt}x", 0)));
		item.remove(Keys.GSI2PK);
		item.remove(Keys.GSI2SK);
		store.write(store.transaction().put(item));
		assertThat(directory.list(username, null, 10).users()).isEmpty();

		backfill.run(null);
		assertThat(directory.list(username, null, 10).users()).as("the marker says it ran at start already").isEmpty();

		store.write(store.transaction()
			.delete(null, DynamoDbStore.key("MIGRATION", UserIndexBackfill.MIGRATION), null, Map.of()));
		backfill.run(null);
		assertThat(directory.list(username, null, 10).users()).extracting(Profile::username).containsExactly(username);
		assertThat(store.get("MIGRATION", UserIndexBackfill.MIGRATION)).isNotEmpty();
	}

}
