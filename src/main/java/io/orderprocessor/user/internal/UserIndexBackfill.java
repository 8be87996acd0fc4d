package io.orderprocessor.user.internal;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import io.orderprocessor.platform.dynamodb.DynamoDbStore;
import io.orderprocessor.platform.dynamodb.Keys;
import io.orderprocessor.platform.dynamodb.TableMigrations;

import static io.orderprocessor.user.internal.Items.s;

/**
 * A one-off migration: profiles written before the user index existed get their
 * {@code GSI2PK = USERS} entry. Each change only sets the index keys of a profile that
 * still exists, so running it twice does no harm.
 */
@Component
class UserIndexBackfill implements ApplicationRunner {

	static final String MIGRATION = "user-index-v1";

	private final TableMigrations migrations;

	UserIndexBackfill(TableMigrations migrations) {
		this.migrations = migrations;
	}

	@Override
	public void run(ApplicationArguments args) {
		migrations.runOnce(MIGRATION, "#sk = :profile AND attribute_not_exists(#gsi2pk)",
				Map.of("#sk", Keys.SK, "#gsi2pk", Keys.GSI2PK), Map.of(":profile", s(Items.PROFILE)), this::index);
	}

	private boolean index(Map<String, AttributeValue> item) {
		String username = Items.str(item, "username");
		if (username == null) {
			return false;
		}
		return migrations.setIfPresent(DynamoDbStore.key(Items.userPk(username), Items.PROFILE),
				Map.of(Keys.GSI2PK, s(Items.USERS_INDEX), Keys.GSI2SK, s(username)));
	}

}
