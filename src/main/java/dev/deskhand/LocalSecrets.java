package dev.deskhand;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

/**
 * Keys for the embedded default: when no key is configured in the environment, Deskhand
 * makes random ones on the first start and keeps them in {@code data/secrets.properties}
 * (readable by the owner only) beside the embedded database, never in it; also the
 * embedded database's password. Production sets {@code DESKHAND_AUDIT_KEY} and
 * {@code DESKHAND_DOCUMENTS_KEY}.
 */
final class LocalSecrets {

	static final String AUDIT_KEY = "deskhand.audit.key";
	static final String DOCUMENTS_KEY = "deskhand.documents.key";

	/** The embedded PostgreSQL's superuser password (see {@link EmbeddedAccess}). */
	static final String DATABASE_PASSWORD = "deskhand.db.embedded-password";

	private LocalSecrets() {
	}

	static Map<String, Object> defaults() {
		if (System.getenv("DESKHAND_DB_URL") != null) {
			return Map.of();
		}
		Path dir = Path
			.of(System.getProperty("deskhand.data-dir", System.getenv().getOrDefault("DESKHAND_DATA_DIR", "data")));
		return Map.copyOf(load(dir.resolve("secrets.properties")));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Map<String, Object> load(Path file) {
		try {
			Properties p = new Properties();
			if (Files.exists(file)) {
				try (Reader r = Files.newBufferedReader(file)) {
					p.load(r);
				}
			}
			boolean changed = p.putIfAbsent(AUDIT_KEY, randomKey()) == null;
			changed |= p.putIfAbsent(DOCUMENTS_KEY, randomKey()) == null;
			changed |= p.putIfAbsent(DATABASE_PASSWORD, randomPassword()) == null;
			if (changed) {
				Files.createDirectories(file.getParent());
				try (Writer w = Files.newBufferedWriter(file)) {
					p.store(w, "Deskhand keys for the embedded default. Losing them makes the audit chain unverifiable "
							+ "and stored documents unreadable.");
				}
				try {
					Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
				}
				catch (UnsupportedOperationException ignored) {
					// not a POSIX file system
				}
			}
			return (Map) p;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read or write " + file, e);
		}
	}

	/**
	 * 32 random bytes as URL-safe base64 without padding: nothing that the properties
	 * file escapes or a shell quotes, so it can be read as it stands (psql's PGPASSWORD).
	 */
	static String randomPassword() {
		byte[] password = new byte[32];
		new SecureRandom().nextBytes(password);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(password);
	}

	private static String randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
