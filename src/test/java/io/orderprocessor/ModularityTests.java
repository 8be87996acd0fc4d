package io.orderprocessor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** Modules use each other only through their top-level packages, and form no cycle. */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(OrderProcessorApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	/**
	 * The README's picture is the dependency graph {@code verify()} checks, arrow for
	 * arrow.
	 */
	@Test
	void theReadmePictureShowsTheModuleDependencies() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		Matcher picture = Pattern.compile("```mermaid\\n(.*?)```", Pattern.DOTALL).matcher(readme);
		assertThat(picture.find()).as("a mermaid picture in the README").isTrue();
		Set<String> drawn = new TreeSet<>();
		Matcher arrow = Pattern.compile("(?m)^\\s*(\\w+) --> (\\w+)\\s*$").matcher(picture.group(1));
		while (arrow.find()) {
			drawn.add(arrow.group(1) + " --> " + arrow.group(2));
		}
		Set<String> found = modules.stream()
			.flatMap(module -> module.getDirectDependencies(modules)
				.uniqueModules()
				.map(target -> module.getIdentifier() + " --> " + target.getIdentifier()))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(drawn).isEqualTo(found);
	}

	@Test
	void documentTheModules() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
