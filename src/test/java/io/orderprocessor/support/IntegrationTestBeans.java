package io.orderprocessor.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Scope;
import org.springframework.core.env.Environment;

import io.orderprocessor.inventory.InventoryService;
import io.orderprocessor.platform.store.Store;
import io.orderprocessor.user.CashService;
import io.orderprocessor.user.UserService;

/**
 * What an {@link IntegrationTest} can have {@code @Autowired}, new for every test: an
 * {@link HttpTestClient} (no cookies) on the application's port, {@link TestAssets} to
 * add assets with and {@link Traders} to register accounts with.
 */
@TestConfiguration(proxyBeanMethods = false)
public class IntegrationTestBeans {

	@Bean
	@Scope("prototype")
	HttpTestClient httpTestClient(Environment environment) {
		return new HttpTestClient(environment.getRequiredProperty("local.server.port", Integer.class));
	}

	@Bean
	@Scope("prototype")
	TestAssets testAssets(Store store, InventoryService inventory) {
		return new TestAssets(store, inventory);
	}

	@Bean
	@Scope("prototype")
	Traders traders(UserService users, CashService cash) {
		return new Traders(users, cash);
	}

}
