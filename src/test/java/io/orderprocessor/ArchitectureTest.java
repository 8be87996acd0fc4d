package io.orderprocessor;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.RestController;

import io.orderprocessor.platform.web.PageController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/** House rules from the style guide that the compiler cannot check. */
@AnalyzeClasses(packages = "io.orderprocessor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule controllersArePackagePrivate = classes().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(RestController.class)
		.should()
		.notBePublic();

	@ArchTest
	static final ArchRule pageControllersAreMarkedForTheLayoutAdvices = classes().that()
		.areAnnotatedWith(Controller.class)
		.should()
		.implement(PageController.class)
		.because("the advices that fill the layout apply to page controllers only, not to the API");

	/**
	 * The store's engines are adapters: no AWS SDK, JDBC, SQL or Flyway type above them,
	 * so every module speaks only the store port ({@code platform.store}).
	 */
	@ArchTest
	static final ArchRule engineTypesStayInTheEngineAdapters = noClasses().that()
		.resideOutsideOfPackages("io.orderprocessor.platform.dynamodb..", "io.orderprocessor.platform.postgres..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("software.amazon..", "java.sql..", "javax.sql..", "org.springframework.jdbc..",
				"org.postgresql..", "com.zaxxer.hikari..", "org.flywaydb..", "io.zonky..")
		.because("modules use the store port; only the engine adapters know their engine");

	@ArchTest
	static final ArchRule theStorePortKnowsNoEngine = noClasses().that()
		.resideInAPackage("io.orderprocessor.platform.store..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("io.orderprocessor.platform.dynamodb..", "io.orderprocessor.platform.postgres..");

	@ArchTest
	static final ArchRule controllersNeverSeeRepositories = noClasses().that()
		.resideInAnyPackage("..web..", "..api..")
		.should()
		.dependOnClassesThat()
		.haveSimpleNameEndingWith("Repository");

	@ArchTest
	static final ArchRule theSharedPlatformDependsOnNoBusinessModule = noClasses().that()
		.resideInAPackage("io.orderprocessor.platform..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("io.orderprocessor.user..", "io.orderprocessor.inventory..", "io.orderprocessor.order..",
				"io.orderprocessor.portfolio..", "io.orderprocessor.home..", "io.orderprocessor.admin..",
				"io.orderprocessor.notification..", "io.orderprocessor.audit..");

	/**
	 * Pages live in a module's {@code web/}, the {@code /api/v1} API in its {@code api/}
	 * (platform's own endpoints, such as {@code /health}, are neither).
	 */
	@ArchTest
	static final ArchRule pageControllersLiveInWeb = classes().that()
		.areAnnotatedWith(Controller.class)
		.should()
		.resideInAPackage("..web..")
		.andShould()
		.haveSimpleNameEndingWith("Controller");

	@ArchTest
	static final ArchRule apiControllersLiveInApi = classes().that()
		.areAnnotatedWith(RestController.class)
		.and()
		.resideOutsideOfPackage("io.orderprocessor.platform..")
		.should()
		.resideInAPackage("..api..")
		.andShould()
		.haveSimpleNameEndingWith("ApiController");

	/** Form objects are {@code <Action>Form} records, never domain objects. */
	@ArchTest
	static final ArchRule formsAreRecordsInWeb = classes().that()
		.haveSimpleNameEndingWith("Form")
		.should()
		.beRecords()
		.andShould()
		.resideInAPackage("..web..");

	/** Our own settings are typed, immutable records. */
	@ArchTest
	static final ArchRule settingsAreRecords = classes().that()
		.areAnnotatedWith(ConfigurationProperties.class)
		.should()
		.beRecords();

	/**
	 * Plain {@code @EventListener}s only: there is no Spring transaction manager over the
	 * store, so transactional or module listeners would never fire.
	 */
	@ArchTest
	static final ArchRule eventListenersArePlain = noMethods().should()
		.beAnnotatedWith(TransactionalEventListener.class)
		.orShould()
		.beAnnotatedWith("org.springframework.modulith.events.ApplicationModuleListener");

	/** {@code shared} holds value types: no beans, and nothing from the application. */
	@ArchTest
	static final ArchRule sharedHoldsValueTypesOnly = noClasses().that()
		.resideInAPackage("io.orderprocessor.shared..")
		.and()
		.doNotHaveSimpleName("package-info")
		.should()
		.beAnnotatedWith(Component.class)
		.orShould()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "io.orderprocessor.platform..", "io.orderprocessor.user..",
				"io.orderprocessor.inventory..", "io.orderprocessor.order..", "io.orderprocessor.portfolio..",
				"io.orderprocessor.home..", "io.orderprocessor.admin..", "io.orderprocessor.notification..",
				"io.orderprocessor.audit..");

	/**
	 * Background work runs on Boot's scheduler and task executor, set up once in
	 * {@code platform.scheduling}: no module makes threads or pools of its own.
	 */
	@ArchTest
	static final ArchRule noHandMadeThreads = noClasses().that()
		.resideOutsideOfPackages("io.orderprocessor.platform.redis..", "io.orderprocessor.platform.postgres..")
		.should()
		.callConstructor(Thread.class, Runnable.class)
		.orShould()
		.callConstructor(Thread.class, Runnable.class, String.class)
		.orShould()
		.dependOnClassesThat()
		.haveFullyQualifiedName("java.util.concurrent.Executors")
		.because("the scheduler and executor are configured once (spring.task.*)");

	@ArchTest
	static final ArchRule schedulingIsEnabledOnceInPlatform = classes().that()
		.areAnnotatedWith(EnableScheduling.class)
		.should()
		.resideInAPackage("io.orderprocessor.platform.scheduling..");

}
