package io.orderprocessor.order.internal;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import io.orderprocessor.order.Order;
import io.orderprocessor.platform.dynamodb.DynamoDbStore;
import io.orderprocessor.platform.dynamodb.Keys;
import io.orderprocessor.platform.dynamodb.TableMigrations;

import static io.orderprocessor.order.internal.OrderItems.s;
import static io.orderprocessor.order.internal.OrderItems.str;

/**
 * A one-off migration: orders placed before the day index existed get their
 * {@code GSI2PK = ORDERS#<day>} entry, so the admin area lists them too. Each change only
 * sets the index keys of an order that still exists, so running it twice does no harm.
 */
@Component
class OrderIndexBackfill implements ApplicationRunner {

	static final String MIGRATION = "order-day-index-v1";

	private final TableMigrations migrations;

	OrderIndexBackfill(TableMigrations migrations) {
		this.migrations = migrations;
	}

	@Override
	public void run(ApplicationArguments args) {
		migrations.runOnce(MIGRATION, "begins_with(#sk, :order) AND attribute_not_exists(#gsi2pk)",
				Map.of("#sk", Keys.SK, "#gsi2pk", Keys.GSI2PK), Map.of(":order", s(OrderItems.ORDER_PREFIX)),
				this::index);
	}

	private boolean index(Map<String, AttributeValue> item) {
		String orderId = str(item, "order_id");
		if (orderId == null || !orderId.startsWith(Order.ID_PREFIX)) {
			return false;
		}
		return migrations.setIfPresent(DynamoDbStore.key(str(item, Keys.PK), str(item, Keys.SK)),
				Map.of(Keys.GSI2PK, s(OrderItems.dayPk(OrderItems.dayOf(orderId))), Keys.GSI2SK,
						s(orderId.substring(Order.ID_PREFIX.length()))));
	}

}
