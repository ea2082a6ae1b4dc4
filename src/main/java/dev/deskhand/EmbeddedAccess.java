package dev.deskhand;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Who may connect to the embedded PostgreSQL: only who knows the password in the local
 * secrets file, over TCP on this machine with SCRAM-SHA-256 (no Unix socket, no
 * {@code trust}). The embedded library creates the data folder with {@code trust} for
 * everyone; before each start (a new folder, or one from an earlier Deskhand) the
 * password is set in single-user mode and {@code pg_hba.conf} is rewritten, while no
 * server runs on the folder.
 */
final class EmbeddedAccess {

	static final String PG_HBA = """
			# Written by Deskhand on each start of the embedded server: password (SCRAM) only, TCP from this machine
			# only. The password is deskhand.db.embedded-password in data/secrets.properties.
			host all all 127.0.0.1/32 scram-sha-256
			host all all ::1/128 scram-sha-256
			""";

	/**
	 * Where this JVM's PostgreSQL binaries were unpacked: the embedded library unpacks
	 * them once per JVM and reuses that folder while it exists, whatever folder a later
	 * start asks for.
	 */
	private static final AtomicReference<@Nullable Path> unpacked = new AtomicReference<>();

	private EmbeddedAccess() {
	}

	/**
	 * The folder the library will take its binaries from: the one it unpacked to before
	 * in this JVM while that still holds them, else {@code wanted}.
	 */
	static Path binariesFolder(Path wanted) {
		Path known = unpacked.get();
		if (known != null && hasBinaries(known)) {
			return known;
		}
		unpacked.set(wanted);
		return wanted;
	}

	private static boolean hasBinaries(Path folder) {
		try (Stream<Path> dirs = Files.list(folder)) {
			return dirs.anyMatch(d -> d.getFileName().toString().startsWith("PG-"));
		}
		catch (IOException e) {
			return false;
		}
	}

	/**
	 * Sets {@code password} for the superuser and locks {@code pg_hba.conf} down;
	 * {@code binaries} is where the embedded library unpacked PostgreSQL.
	 */
	static void secure(File dataDir, Path binaries, String password) {
		Path postgres = postgresBinary(binaries);
		setPassword(postgres, dataDir.toPath(), password);
		Path hba = dataDir.toPath().resolve("pg_hba.conf");
		try {
			Path tmp = Files.createTempFile(dataDir.toPath(), "pg_hba", ".tmp",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(tmp, PG_HBA, StandardCharsets.UTF_8);
			Files.move(tmp, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not write " + hba, e);
		}
	}

	/**
	 * {@code postgres --single}: the statement goes in on standard input, never on the
	 * command line, and the output (which echoes it) is discarded.
	 */
	private static void setPassword(Path postgres, Path dataDir, String password) {
		String statement = "alter role postgres with password '" + password.replace("'", "''") + "'\n";
		List<String> command = new ArrayList<>();
		if (LinuxUtils.isUnshareAvailable()) {
			// as the library runs PostgreSQL when it is started as root (which PostgreSQL
			// refuses): in a user namespace of its own
			command.addAll(List.of("unshare", "-U"));
		}
		command.addAll(List.of(postgres.toString(), "--single", "-D", dataDir.toString(), "-c",
				"password_encryption=scram-sha-256", "-c", "log_statement=none", "postgres"));
		try {
			Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			try (OutputStream in = p.getOutputStream()) {
				in.write(statement.getBytes(StandardCharsets.UTF_8));
			}
			if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
				p.destroyForcibly();
				throw new IllegalStateException("Could not set the embedded database's password in " + dataDir);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not run " + postgres, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while setting the embedded database's password", e);
		}
	}

	/** The newest unpacked {@code PG-*} folder's {@code bin/postgres}. */
	private static Path postgresBinary(Path binaries) {
		try (Stream<Path> dirs = Files.list(binaries)) {
			return dirs.filter(d -> d.getFileName().toString().startsWith("PG-"))
				.map(d -> d.resolve("bin/postgres"))
				.filter(Files::isExecutable)
				.max(Comparator.comparingLong(EmbeddedAccess::modified))
				.orElseThrow(() -> new IllegalStateException("No PostgreSQL binaries under " + binaries));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not look for PostgreSQL binaries in " + binaries, e);
		}
	}

	private static long modified(Path p) {
		try {
			return Files.getLastModifiedTime(p).toMillis();
		}
		catch (IOException e) {
			return 0;
		}
	}

}
