package dev.deskhand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code deskhand} command line as a user runs it: its own Spring context without the
 * web server, on its own embedded database, and the exit-code contract.
 */
class CommandLineLauncherTests {

	@Test
	void helpAndUsageErrorsNeedNoDatabase() {
		assertThat(CommandLineLauncher.run(new String[] { "--help" })).isEqualTo(CommandLineLauncher.OK);
		assertThat(CommandLineLauncher.run(new String[] { "no-such-command" })).isEqualTo(CommandLineLauncher.USAGE);
	}

	@Test
	void auditVerifyStartsItsOwnContextAndDatabase(@TempDir Path data) {
		String before = System.getProperty("deskhand.db.data-dir");
		PrintStream out = System.out;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setProperty("deskhand.db.data-dir", data.toString());
		System.setProperty("deskhand.data-dir", data.toString());
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			assertThat(CommandLineLauncher.run(new String[] { "audit", "verify" })).isEqualTo(CommandLineLauncher.OK);
		}
		finally {
			System.setOut(out);
			System.clearProperty("deskhand.data-dir");
			if (before == null) {
				System.clearProperty("deskhand.db.data-dir");
			}
			else {
				System.setProperty("deskhand.db.data-dir", before);
			}
		}
		assertThat(data.resolve("pg/PG_VERSION")).exists();
		assertThat(data.resolve("pg/postmaster.pid")).as("the embedded server stops with the command").doesNotExist();
	}

}
