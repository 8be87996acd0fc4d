package io.orderprocessor.inventory.internal;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps every instance's in-memory catalogue in step with the store. The instance where
 * an admin changed it reads it again at once and announces the change on a Redis channel;
 * every other instance hears that and compares the catalogue revision (one read) with the
 * one it loaded, reading the catalogue again when it moved. An announcement can be lost
 * (Redis pub/sub keeps nothing), so every {@code app.market.catalogue-refresh} each
 * instance checks the revision anyway.
 */
@Component
public class CatalogueRefresh {

	static final String CHANNEL = "order-processor:catalogue-changed";

	private static final Logger log = LoggerFactory.getLogger(CatalogueRefresh.class);

	/** Tells this instance's announcements from the others'. */
	private final String instance = UUID.randomUUID().toString();

	private final AssetCatalogue catalogue;

	private final StringRedisTemplate redis;

	CatalogueRefresh(AssetCatalogue catalogue, StringRedisTemplate redis) {
		this.catalogue = catalogue;
		this.redis = redis;
	}

	/**
	 * After a change made on this instance: read the catalogue again and tell the others.
	 */
	public void changedHere() {
		catalogue.reload();
		try {
			redis.convertAndSend(CHANNEL, instance);
		}
		catch (RuntimeException ex) {
			log.warn("Could not announce a catalogue change; other instances see it at their next check: {}",
					ex.getMessage());
		}
	}

	/** An announcement on the channel, from {@code sender}. */
	void heard(String sender) {
		if (!instance.equals(sender)) {
			check();
		}
	}

	@Scheduled(initialDelayString = "${app.market.catalogue-refresh:5s}",
			fixedDelayString = "${app.market.catalogue-refresh:5s}")
	void check() {
		try {
			catalogue.reloadIfChanged();
		}
		catch (RuntimeException ex) {
			// the store unreachable for a moment: keep the catalogue we have, try again
			log.warn("Could not check the asset catalogue for changes: {}", ex.getMessage());
		}
	}

}
