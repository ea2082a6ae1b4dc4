package dev.deskhand;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. With {@code deskhand.db.url} set (production:
 * {@code DESKHAND_DB_URL}, {@code DESKHAND_DB_USER}, {@code DESKHAND_DB_PASSWORD})
 * Deskhand uses that PostgreSQL server; otherwise it starts an embedded PostgreSQL 15
 * whose data stays under {@code dataDir/pg}.
 *
 * @param url JDBC URL of an external server, or empty for the embedded default
 * @param dataDir the folder for the embedded database, local secrets and audit
 * checkpoints
 * @param embeddedPort the embedded server's port (0 picks a free one)
 * @param cleanEmbedded start the embedded server from an empty folder (tests)
 * @param resetSchemas drop every schema before migrating (tests against a reused external
 * server)
 * @param poolSize the most connections Deskhand holds open
 * @param embeddedPassword the embedded server's superuser password, kept in
 * {@code data/secrets.properties}; set on each start of the embedded server (a random one
 * when empty, as in tests)
 */
@ConfigurationProperties("deskhand.db")
record DatabaseProperties(@Nullable String url, @Nullable String username, @Nullable String password, Path dataDir,
		int embeddedPort, boolean cleanEmbedded, boolean resetSchemas, int poolSize,
		@Nullable String embeddedPassword) {

	boolean external() {
		return url != null && !url.isBlank();
	}
}
