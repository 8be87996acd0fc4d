package io.orderprocessor.inventory.internal;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
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
public class CatalogueRefresh implements InitializingBean, DisposableBean {

	static final String CHANNEL = "order-processor:catalogue-changed";

	private static final Logger log = LoggerFactory.getLogger(CatalogueRefresh.class);

	/** Tells this instance's announcements from the others'. */
	private final String instance = UUID.randomUUID().toString();

	private final AssetCatalogue catalogue;

	private final StringRedisTemplate redis;

	private final Duration period;

	private ScheduledExecutorService scheduler;

	CatalogueRefresh(AssetCatalogue catalogue, StringRedisTemplate redis,
			@Value("${app.market.catalogue-refresh:5s}") Duration period) {
		this.catalogue = catalogue;
		this.redis = redis;
		this.period = period;
	}

	@Override
	public void afterPropertiesSet() {
		scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "catalogue-refresh");
			thread.setDaemon(true);
			return thread;
		});
		scheduler.scheduleWithFixedDelay(this::check, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
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

	private void check() {
		try {
			catalogue.reloadIfChanged();
		}
		catch (RuntimeException ex) {
			// the store unreachable for a moment: keep the catalogue we have, try again
			log.warn("Could not check the asset catalogue for changes: {}", ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		if (scheduler != null) {
			scheduler.shutdownNow();
		}
	}

}
