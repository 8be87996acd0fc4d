package io.orderprocessor.inventory.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps every instance's in-memory catalogue in step with DynamoDB: every
 * {@code app.market.catalogue-refresh} it compares the catalogue revision (one
 * {@code GetItem}) with the one it loaded, and reads the catalogue again after an admin
 * changed it anywhere. The instance that made the change reloads at once.
 */
@Component
class CatalogueRefresh implements InitializingBean, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(CatalogueRefresh.class);

	private final AssetCatalogue catalogue;

	private final Duration period;

	private ScheduledExecutorService scheduler;

	CatalogueRefresh(AssetCatalogue catalogue, @Value("${app.market.catalogue-refresh:5s}") Duration period) {
		this.catalogue = catalogue;
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

	private void check() {
		try {
			catalogue.reloadIfChanged();
		}
		catch (RuntimeException ex) {
			// DynamoDB unreachable for a moment: keep the catalogue we have, try again
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
