package dev.deskhand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
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

	/**
	 * Writes the module diagrams and canvases to {@code docs/modules}. The Documenter's
	 * line order varies between runs, so a file is replaced only when its lines changed:
	 * an unchanged design leaves the working tree clean.
	 */
	@Test
	void writesModuleDocumentation() throws IOException {
		Path fresh = Path.of("target/modules-docs");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(fresh.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		Path docs = Files.createDirectories(Path.of("docs/modules"));
		try (Stream<Path> files = Files.list(fresh)) {
			for (Path file : files.toList()) {
				Path committed = docs.resolve(file.getFileName());
				if (!Files.exists(committed) || !sortedLines(committed).equals(sortedLines(file))) {
					Files.copy(file, committed, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		assertThat(docs.resolve("components.puml")).exists();
	}

	private static List<String> sortedLines(Path file) throws IOException {
		return Files.readAllLines(file).stream().sorted().toList();
	}

}
