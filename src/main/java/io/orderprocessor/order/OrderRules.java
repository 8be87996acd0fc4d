package io.orderprocessor.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.github.f4b6a3.ulid.Ulid;

import org.springframework.stereotype.Component;

import io.orderprocessor.inventory.Asset;
import io.orderprocessor.inventory.InventoryService;
import io.orderprocessor.inventory.Symbols;
import io.orderprocessor.platform.web.InvalidFieldsException.FieldViolation;
import io.orderprocessor.platform.web.InvalidFieldsException;
import io.orderprocessor.platform.web.Messages;
import io.orderprocessor.shared.Money;
import io.orderprocessor.shared.PlainDecimal;

/**
 * Every field rule of the Orders section of {@code rules.md}, with the messages of
 * {@code i18n/order.properties}; pages and API say the same. Field names are the API's.
 */
@Component
public class OrderRules {

	public static final BigDecimal MIN_QUANTITY = new BigDecimal("0.001");

	public static final int QUANTITY_SCALE = 8;

	public static final BigDecimal MAX_ORDER_VALUE = new BigDecimal("10000");

	public static final BigDecimal MAX_LIMIT_PRICE = new BigDecimal("1000000");

	/** A limit buy this far above the market price gets a warning. */
	public static final BigDecimal LIMIT_WARNING_RATIO = new BigDecimal("1.10");

	static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_\\-:.]{1,100}");

	static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9_]{10,50}");

	private final Messages messages;

	private final InventoryService inventory;

	OrderRules(Messages messages, InventoryService inventory) {
		this.messages = messages;
		this.inventory = inventory;
	}

	/**
	 * The order's fields checked and parsed (everything that needs no price or balance).
	 * @throws InvalidFieldsException listing every failing field
	 */
	public Checked check(PlaceOrder request) {
		List<FieldViolation> violations = new ArrayList<>();
		OrderType type = null;
		if (isBlank(request.type())) {
			violations.add(required("order_type"));
		}
		else {
			type = OrderType.parse(request.type()).orElse(null);
			if (type == null) {
				violations.add(new FieldViolation("order_type", messages.text("rule.orderType"), "enum"));
			}
		}
		Asset asset = null;
		if (isBlank(request.symbol())) {
			violations.add(required("asset_id"));
		}
		else if (Symbols.normalise(request.symbol()).isEmpty()) {
			violations.add(new FieldViolation("asset_id", messages.text("rule.assetId"), "pattern"));
		}
		else {
			asset = inventory.find(request.symbol()).orElse(null);
			if (asset == null) {
				violations.add(new FieldViolation("asset_id",
						messages.text("rule.asset.unknown", request.symbol().trim().toUpperCase(Locale.ROOT)),
						"not_found"));
			}
			else if (!asset.active()) {
				violations.add(new FieldViolation("asset_id", messages.text("rule.asset.inactive", asset.symbol()),
						"inactive"));
			}
		}
		BigDecimal quantity = null;
		BigDecimal amount = null;
		boolean byAmount = type == OrderType.MARKET_BUY && isBlank(request.quantity()) && !isBlank(request.amount());
		if (byAmount) {
			amount = amount(request.amount(), violations);
		}
		else {
			quantity = quantity(request.quantity(), violations);
		}
		BigDecimal limit = null;
		if (type != null && type.isLimit()) {
			limit = limitPrice(request.price(), violations);
		}
		String key = null;
		if (!isBlank(request.idempotencyKey())) {
			key = request.idempotencyKey().trim();
			if (!IDEMPOTENCY_KEY.matcher(key).matches()) {
				violations.add(new FieldViolation("idempotency_key", messages.text("rule.idempotencyKey"), "pattern"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidFieldsException(violations);
		}
		return new Checked(type, asset, quantity, amount, limit, key);
	}

	/**
	 * The limit, offset and cursor of a page of orders.
	 * @throws InvalidFieldsException naming the first that is not valid
	 */
	void checkPage(OrderQuery query) {
		if (query.limit() < 1 || query.limit() > 500) {
			throw new InvalidFieldsException("limit", messages.text("rule.limit"), "value_error");
		}
		if (query.offset() < 0) {
			throw new InvalidFieldsException("offset", messages.text("rule.offset"), "value_error");
		}
		if (query.cursor() != null && (!query.cursor().startsWith(Order.ID_PREFIX)
				|| !Ulid.isValid(query.cursor().substring(Order.ID_PREFIX.length())))) {
			throw new InvalidFieldsException("cursor", messages.text("rule.cursor"), "value_error");
		}
	}

	/** The quantity a USD amount buys at {@code price}, rounded down to 8 decimals. */
	public static BigDecimal quantityFor(BigDecimal amount, BigDecimal price) {
		return amount.divide(price, QUANTITY_SCALE, RoundingMode.DOWN);
	}

	/** What a buy costs: rounded up to the cent. */
	public static BigDecimal cost(BigDecimal quantity, BigDecimal price) {
		return quantity.multiply(price).setScale(2, RoundingMode.UP);
	}

	/** What a sell brings: rounded down to the cent. */
	public static BigDecimal proceeds(BigDecimal quantity, BigDecimal price) {
		return quantity.multiply(price).setScale(2, RoundingMode.DOWN);
	}

	/** An order id as the API accepts it: 10-50 letters, digits or {@code _}. */
	public static boolean isOrderIdFormat(String id) {
		return id != null && ORDER_ID.matcher(id).matches();
	}

	/** A quantity: plain decimal, > 0, at least 0.001, at most 8 decimals. */
	BigDecimal quantity(String raw, List<FieldViolation> violations) {
		BigDecimal value = positive("quantity", raw, violations);
		if (value == null) {
			return null;
		}
		if (value.compareTo(MIN_QUANTITY) < 0) {
			violations.add(violation("quantity", ".min", "greater_than_equal"));
			return null;
		}
		return scaled("quantity", value, QUANTITY_SCALE, violations);
	}

	private BigDecimal limitPrice(String raw, List<FieldViolation> violations) {
		BigDecimal value = positive("price", raw, violations);
		if (value == null) {
			return null;
		}
		if (value.compareTo(MAX_LIMIT_PRICE) > 0) {
			violations.add(violation("price", ".max", "less_than_equal"));
			return null;
		}
		return scaled("price", value, 2, violations);
	}

	private BigDecimal amount(String raw, List<FieldViolation> violations) {
		BigDecimal value = positive("amount", raw, violations);
		if (value == null) {
			return null;
		}
		value = scaled("amount", value, 2, violations);
		if (value != null && value.compareTo(MAX_ORDER_VALUE) > 0) {
			violations.add(new FieldViolation("amount",
					messages.text("rule.value.max", Money.format(value), Money.format(MAX_ORDER_VALUE)),
					"less_than_equal"));
			return null;
		}
		return value;
	}

	/**
	 * The field's text as a plain decimal above zero, or null with the field's violation
	 * (required, {@code rule.<field>}, {@code rule.<field>.positive}).
	 */
	private BigDecimal positive(String field, String raw, List<FieldViolation> violations) {
		if (isBlank(raw)) {
			violations.add(required(field));
			return null;
		}
		BigDecimal value = decimal(raw);
		if (value == null) {
			violations.add(violation(field, "", "decimal_parsing"));
			return null;
		}
		if (value.signum() <= 0) {
			violations.add(violation(field, ".positive", "greater_than"));
			return null;
		}
		return value;
	}

	/**
	 * The value set to {@code scale}, or null with {@code rule.<field>.decimals} when it
	 * has more decimals.
	 */
	private BigDecimal scaled(String field, BigDecimal value, int scale, List<FieldViolation> violations) {
		if (value.stripTrailingZeros().scale() > scale) {
			violations.add(violation(field, ".decimals", "decimal_max_places"));
			return null;
		}
		return value.setScale(scale);
	}

	private FieldViolation violation(String field, String rule, String code) {
		return new FieldViolation(field, messages.text("rule." + field + rule), code);
	}

	private static BigDecimal decimal(String raw) {
		return PlainDecimal.parse(raw, 24).orElse(null);
	}

	private FieldViolation required(String field) {
		return new FieldViolation(field, messages.text("rule.required", messages.text("field." + field)), "missing");
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	/**
	 * An order whose fields passed their rules.
	 *
	 * @param quantity null when a market buy gives an {@code amount} instead
	 */
	public record Checked(OrderType type, Asset asset, BigDecimal quantity, BigDecimal amount, BigDecimal limitPrice,
			String idempotencyKey) {
	}

}
