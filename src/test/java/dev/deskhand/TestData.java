package dev.deskhand;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public samples of {@code shared/testdata} (see its README): the folder named by
 * {@code DESKHAND_TESTDATA}, else {@code shared/testdata} in the working directory or a
 * folder above it (the checkout sits beside {@code shared}), else the machine's
 * {@code /work/shared/testdata} (a clone elsewhere, as CI makes).
 */
public final class TestData {

	private static final Path ROOT = root();

	private TestData() {
	}

	public static Path testdata(String... parts) {
		return ROOT.resolve(Path.of("", parts));
	}

	private static Path root() {
		String named = System.getenv("DESKHAND_TESTDATA");
		if (named != null && !named.isBlank() && Files.isDirectory(Path.of(named))) {
			return Path.of(named);
		}
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			Path candidate = dir.resolve("shared").resolve("testdata");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
			dir = dir.getParent();
		}
		Path machine = Path.of("/work/shared/testdata");
		if (Files.isDirectory(machine)) {
			return machine;
		}
		throw new IllegalStateException("shared/testdata not found above " + Path.of("").toAbsolutePath()
				+ " nor at /work/shared/testdata; set DESKHAND_TESTDATA to the folder");
	}

}
