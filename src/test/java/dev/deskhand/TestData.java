package dev.deskhand;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public samples under {@code ../shared/testdata} (see its README), found from the
 * working directory up.
 */
public final class TestData {

	private TestData() {
	}

	public static Path testdata(String... parts) {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			Path candidate = dir.resolve("shared").resolve("testdata");
			if (Files.isDirectory(candidate)) {
				return candidate.resolve(Path.of("", parts));
			}
			dir = dir.getParent();
		}
		throw new IllegalStateException("shared/testdata not found above " + Path.of("").toAbsolutePath());
	}

}
