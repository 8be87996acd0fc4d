package io.orderprocessor.platform.dynamodb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The writes of one {@code TransactWriteItems} call: all happen or none does. Each
 * conditional write carries a label; when conditions fail, {@link DynamoDbStore#write}
 * reports the labels that failed so the caller can name what went wrong (for example
 * {@code "cash"} becomes "Insufficient balance").
 * <p>
 * Attribute names in expressions are written {@code #name}; they are mapped to
 * {@code name} automatically, so reserved words such as {@code status} need no ceremony.
 * Values are passed as a map of {@code :placeholder} to value.
 */
public final class WriteTransaction {

	private static final Pattern NAME = Pattern.compile("#(\\w+)");

	private final String table;

	private final List<TransactWriteItem> items = new ArrayList<>();

	private final List<String> labels = new ArrayList<>();

	private final List<Boolean> optimistic = new ArrayList<>();

	WriteTransaction(String table) {
		this.table = table;
	}

	/** Writes the item whatever is there. */
	public WriteTransaction put(Map<String, AttributeValue> item) {
		return add(null, false,
				TransactWriteItem.builder().put(Put.builder().tableName(table).item(item).build()).build());
	}

	/** Writes the item only if no item with its key exists. */
	public WriteTransaction putIfAbsent(String label, Map<String, AttributeValue> item) {
		return put(label, item, "attribute_not_exists(#" + Keys.PK + ")", Map.of());
	}

	/** Writes the item only if {@code condition} holds for the item it replaces. */
	public WriteTransaction put(String label, Map<String, AttributeValue> item, String condition,
			Map<String, AttributeValue> values) {
		Put.Builder put = Put.builder().tableName(table).item(item).conditionExpression(condition);
		names(condition).ifPresent(put::expressionAttributeNames);
		if (!values.isEmpty()) {
			put.expressionAttributeValues(values);
		}
		return add(label, false, TransactWriteItem.builder().put(put.build()).build());
	}

	/** Updates an item; {@code condition} may be null for an unconditional update. */
	public WriteTransaction update(String label, Map<String, AttributeValue> key, String updateExpression,
			String condition, Map<String, AttributeValue> values) {
		return add(label, false,
				TransactWriteItem.builder().update(update(key, updateExpression, condition, values)).build());
	}

	/**
	 * Updates an item that was read at {@code expectedVersion} and bumps its version. If
	 * someone else changed it since, the transaction fails as an optimistic conflict,
	 * which {@link DynamoDbStore#retrying} answers by reading again and retrying.
	 */
	public WriteTransaction updateVersioned(String label, Map<String, AttributeValue> key, String updateExpression,
			long expectedVersion, Map<String, AttributeValue> values) {
		Map<String, AttributeValue> withVersion = new HashMap<>(values);
		withVersion.put(":expectedVersion", AttributeValue.fromN(Long.toString(expectedVersion)));
		withVersion.put(":nextVersion", AttributeValue.fromN(Long.toString(expectedVersion + 1)));
		String versionCondition = expectedVersion == 0 ? "attribute_not_exists(#version) OR #version = :expectedVersion"
				: "#version = :expectedVersion";
		String update = updateExpression.isBlank() ? "SET #version = :nextVersion"
				: updateExpression + ", #version = :nextVersion";
		return add(label, true,
				TransactWriteItem.builder().update(update(key, update, versionCondition, withVersion)).build());
	}

	/**
	 * Deletes an item; {@code condition} may be null for an unconditional delete.
	 */
	public WriteTransaction delete(String label, Map<String, AttributeValue> key, String condition,
			Map<String, AttributeValue> values) {
		Delete.Builder delete = Delete.builder().tableName(table).key(key);
		if (condition != null) {
			delete.conditionExpression(condition);
			names(condition).ifPresent(delete::expressionAttributeNames);
		}
		if (!values.isEmpty()) {
			delete.expressionAttributeValues(values);
		}
		return add(label, false, TransactWriteItem.builder().delete(delete.build()).build());
	}

	/** Requires {@code condition} of another item without changing it. */
	public WriteTransaction check(String label, Map<String, AttributeValue> key, String condition,
			Map<String, AttributeValue> values) {
		ConditionCheck.Builder check = ConditionCheck.builder()
			.tableName(table)
			.key(key)
			.conditionExpression(condition);
		names(condition).ifPresent(check::expressionAttributeNames);
		if (!values.isEmpty()) {
			check.expressionAttributeValues(values);
		}
		return add(label, false, TransactWriteItem.builder().conditionCheck(check.build()).build());
	}

	private Update update(Map<String, AttributeValue> key, String updateExpression, String condition,
			Map<String, AttributeValue> values) {
		Update.Builder update = Update.builder().tableName(table).key(key).updateExpression(updateExpression);
		if (condition != null) {
			update.conditionExpression(condition);
		}
		names(updateExpression + " " + (condition == null ? "" : condition))
			.ifPresent(update::expressionAttributeNames);
		if (!values.isEmpty()) {
			update.expressionAttributeValues(values);
		}
		return update.build();
	}

	private WriteTransaction add(String label, boolean isOptimistic, TransactWriteItem item) {
		items.add(item);
		labels.add(label);
		optimistic.add(isOptimistic);
		return this;
	}

	private static java.util.Optional<Map<String, String>> names(String expression) {
		Map<String, String> names = new HashMap<>();
		Matcher matcher = NAME.matcher(expression);
		while (matcher.find()) {
			names.put(matcher.group(), matcher.group(1));
		}
		return names.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(names);
	}

	List<TransactWriteItem> items() {
		return items;
	}

	String labelAt(int index) {
		return labels.get(index);
	}

	boolean isOptimisticAt(int index) {
		return optimistic.get(index);
	}

	int size() {
		return items.size();
	}

}
