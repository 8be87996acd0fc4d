package io.orderprocessor;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import io.orderprocessor.platform.web.PageController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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

}
