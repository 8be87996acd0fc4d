package io.orderprocessor;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Modules use each other only through their top-level packages, and form no cycle. */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(OrderProcessorApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void documentTheModules() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
