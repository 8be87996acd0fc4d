package io.orderprocessor.inventory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import io.orderprocessor.inventory.CatalogueEvents.AssetAdded;
import io.orderprocessor.inventory.CatalogueEvents.AssetChanged;
import io.orderprocessor.inventory.internal.AssetCatalogue;
import io.orderprocessor.inventory.internal.AssetRepository;
import io.orderprocessor.inventory.internal.CatalogueRefresh;
import io.orderprocessor.platform.web.InvalidFieldsException.FieldViolation;
import io.orderprocessor.platform.web.InvalidFieldsException;
import io.orderprocessor.platform.web.Messages;

/**
 * What admins change in the catalogue: suspend and resume trading, edit an asset's name,
 * category and description, add an asset. Every change is written to the store with a new
 * catalogue revision; this instance reads the catalogue again at once and announces the
 * change, so the others read it as soon as they hear it (or at their next periodic check,
 * {@code app.market.catalogue-refresh}). Admins only.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class CatalogueAdministration {

	static final Pattern CATEGORY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern PRICE = Pattern.compile("\\d{1,12}(\\.\\d{1,12})?");

	private static final Pattern COINGECKO_ID = Pattern.compile("[a-z0-9-]{1,100}");

	static final int MAX_NAME = 60;

	static final int MAX_CATEGORY = 30;

	static final int MAX_DESCRIPTION = 500;

	private final AssetRepository repository;

	private final AssetCatalogue catalogue;

	private final CatalogueRefresh refresh;

	private final Messages messages;

	private final ApplicationEventPublisher events;

	CatalogueAdministration(AssetRepository repository, AssetCatalogue catalogue, CatalogueRefresh refresh,
			Messages messages, ApplicationEventPublisher events) {
		this.repository = repository;
		this.catalogue = catalogue;
		this.refresh = refresh;
		this.messages = messages;
		this.events = events;
	}

	/**
	 * Applies the changes to the asset and announces what changed.
	 * @throws AssetNotFoundException for an unknown symbol
	 * @throws InvalidFieldsException listing every broken field rule
	 */
	public Asset update(String admin, String symbol, AssetChanges changes, String reason) {
		String id = Symbols.normalise(symbol).orElseThrow(() -> new AssetNotFoundException(symbol));
		AssetChanges clean = new AssetChanges(trim(changes.name()), lower(changes.category()),
				trim(changes.description()), changes.active());
		List<FieldViolation> violations = new ArrayList<>();
		checkText(violations, clean.name(), clean.category(), clean.description(), false);
		// a field that is there but blank is an error, not "unchanged"
		if (changes.name() != null && clean.name() == null) {
			violations
				.add(new FieldViolation("name", messages.text("admin.asset.rule.name", MAX_NAME), "string_length"));
		}
		if (changes.category() != null && clean.category() == null) {
			violations.add(new FieldViolation("category", messages.text("admin.asset.rule.category", MAX_CATEGORY),
					"pattern"));
		}
		if (changes.description() != null && clean.description() == null) {
			violations.add(new FieldViolation("description",
					messages.text("admin.asset.rule.description", MAX_DESCRIPTION), "string_length"));
		}
		if (changes.isEmpty()) {
			violations.add(new FieldViolation("body", messages.text("admin.asset.rule.nothing"), "missing"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidFieldsException(violations);
		}
		Asset updated = repository.update(id, clean).orElseThrow(() -> new AssetNotFoundException(id));
		refresh.changedHere();
		events.publishEvent(new AssetChanged(admin, updated.symbol(), changedFields(changes, updated), reason));
		return updated;
	}

	private static Map<String, String> changedFields(AssetChanges changes, Asset updated) {
		Map<String, String> changed = new LinkedHashMap<>();
		if (changes.active() != null) {
			changed.put("is_active", changes.active().toString());
		}
		if (changes.name() != null) {
			changed.put("name", updated.name());
		}
		if (changes.category() != null) {
			changed.put("category", updated.category());
		}
		if (changes.description() != null) {
			changed.put("description", updated.description());
		}
		return changed;
	}

	/**
	 * Adds a tradable asset, ranked after every asset there is, and announces it.
	 * @throws AssetAlreadyExistsException when the symbol is taken
	 * @throws InvalidFieldsException listing every broken field rule
	 */
	public Asset add(String admin, NewAsset asset) {
		List<FieldViolation> violations = new ArrayList<>();
		String symbol = Symbols.normalise(asset.symbol()).orElse(null);
		if (symbol == null) {
			violations.add(new FieldViolation("symbol", messages.text("admin.asset.rule.symbol"), "pattern"));
		}
		String name = trim(asset.name());
		String category = lower(asset.category());
		String description = trim(asset.description());
		checkText(violations, name, category, description, true);
		String price = trim(asset.referencePrice());
		BigDecimal referencePrice = null;
		if (price == null || !PRICE.matcher(price).matches() || new BigDecimal(price).signum() <= 0) {
			violations
				.add(new FieldViolation("reference_price", messages.text("admin.asset.rule.price"), "greater_than"));
		}
		else {
			referencePrice = new BigDecimal(price);
		}
		String coingeckoId = lower(asset.coingeckoId());
		if (coingeckoId != null && !COINGECKO_ID.matcher(coingeckoId).matches()) {
			violations.add(new FieldViolation("coingecko_id", messages.text("admin.asset.rule.coingecko"), "pattern"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidFieldsException(violations);
		}
		int rank = catalogue.all().stream().mapToInt(Asset::marketCapRank).max().orElse(0) + 1;
		Asset created = new Asset(symbol, name, category, description,
				coingeckoId == null ? symbol.toLowerCase(Locale.ROOT) : coingeckoId, referencePrice, rank,
				BigDecimal.ZERO, BigDecimal.ZERO, null, true);
		if (!repository.add(created)) {
			throw new AssetAlreadyExistsException(symbol);
		}
		refresh.changedHere();
		events.publishEvent(new AssetAdded(admin, created.symbol(), created.name()));
		return created;
	}

	private void checkText(List<FieldViolation> violations, String name, String category, String description,
			boolean required) {
		if (name != null ? name.length() > MAX_NAME : required) {
			violations
				.add(new FieldViolation("name", messages.text("admin.asset.rule.name", MAX_NAME), "string_length"));
		}
		if (category != null ? category.length() > MAX_CATEGORY || !CATEGORY.matcher(category).matches() : required) {
			violations.add(new FieldViolation("category", messages.text("admin.asset.rule.category", MAX_CATEGORY),
					"pattern"));
		}
		if (description != null ? description.length() > MAX_DESCRIPTION : required) {
			violations.add(new FieldViolation("description",
					messages.text("admin.asset.rule.description", MAX_DESCRIPTION), "string_length"));
		}
	}

	private static String trim(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static String lower(String value) {
		String trimmed = trim(value);
		return trimmed == null ? null : trimmed.toLowerCase(Locale.ROOT);
	}

}
