package dev.deskhand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(DeskhandApplication.class);

	@Test
	void modulesRespectTheirAllowedDependencies() {
		MODULES.verify();
		assertThat(MODULES.stream().map(m -> m.getIdentifier().toString())).contains("shared", "workspace", "access",
				"audit", "documents");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		assertThat(new java.io.File("docs/modules/components.puml")).exists();
	}

}
